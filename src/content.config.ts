import { defineCollection } from 'astro:content';
import { articleLoader } from './loaders/articles';
import { articleSchema } from './schemas/article';

export const collections = {
  articles: defineCollection({ loader: articleLoader(), schema: articleSchema }),
};
