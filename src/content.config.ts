import { defineCollection } from 'astro:content';
import { articleLoader } from './loaders/articles';
import { registryLoader } from './loaders/registry';
import { articleSchema } from './schemas/article';
import { registryActorSchema } from './schemas/actor';
import { registryQuestionSchema } from './schemas/question';

export const collections = {
  articles: defineCollection({ loader: articleLoader(), schema: articleSchema }),
  /** The registry of actors, `content/actors/<id>.yaml`: what does not change between articles. */
  actors: defineCollection({ loader: registryLoader('actors'), schema: registryActorSchema }),
  /** The registry of questions, `content/questions/<id>.yaml`: one id, one question, everywhere. */
  questions: defineCollection({ loader: registryLoader('questions'), schema: registryQuestionSchema }),
};
