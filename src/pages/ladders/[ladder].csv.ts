import type { APIRoute } from 'astro';
import { staticPaths, type RouteProps } from '../../data/handbook';
import { ladderToCsv } from '../../lib/ladders/export';

export const getStaticPaths = () => staticPaths('ladderCsv');

/** The ladder as a spreadsheet: one row per level × dimension. */
export const GET: APIRoute = ({ props }) =>
  new Response(ladderToCsv((props as RouteProps<'ladderCsv'>).ladder), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
