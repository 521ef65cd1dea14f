import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapUrl } from '../lib/publish/urls';

/** Every page may be crawled; the sitemap carries the site URL and base path. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitemapUrl(), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
