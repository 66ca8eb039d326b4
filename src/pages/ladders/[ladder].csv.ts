import type { APIRoute, GetStaticPaths } from 'astro';
import { onePagePerLadder } from '../../data/ladders';
import { ladderToCsv } from '../../lib/ladders/export';
import type { Ladder } from '../../schemas/ladder';

export const getStaticPaths = onePagePerLadder satisfies GetStaticPaths;

/** The ladder as a spreadsheet: one row per level × dimension. */
export const GET: APIRoute = ({ props }) =>
  new Response(ladderToCsv((props as { ladder: Ladder }).ladder), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
