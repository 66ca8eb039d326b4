import type { APIRoute } from 'astro';
import { staticPaths, type RouteProps } from '../../data/handbook';
import { ladderToCsv } from '../../lib/ladders/export';

export const getStaticPaths = () => staticPaths('ladderCsv');

/**
 * The ladder as a spreadsheet: one row per level × dimension. The file starts with a UTF-8 byte
 * order mark, without which Excel reads it as the local code page ("L1â€“L2" for "L1–L2").
 */
export const GET: APIRoute = ({ props }) =>
  new Response(`\uFEFF${ladderToCsv((props as RouteProps<'ladderCsv'>).ladder)}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
