import type { APIRoute, GetStaticPaths } from 'astro';
import { onePagePerLadder } from '../../data/ladders';
import { ladderToJson } from '../../lib/ladders/export';
import type { Ladder } from '../../schemas/ladder';

export const getStaticPaths = onePagePerLadder satisfies GetStaticPaths;

/** The validated ladder data, for scripts and other tools. */
export const GET: APIRoute = ({ props }) =>
  new Response(ladderToJson((props as { ladder: Ladder }).ladder), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
