import type { APIRoute } from 'astro';
import { staticPaths, type RouteProps } from '../../data/handbook';
import { ladderToJson } from '../../lib/ladders/export';

export const getStaticPaths = () => staticPaths('ladderJson');

/** The validated ladder data, for scripts and other tools. */
export const GET: APIRoute = ({ props }) =>
  new Response(ladderToJson((props as RouteProps<'ladderJson'>).ladder), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
