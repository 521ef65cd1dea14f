import { z } from 'astro/zod';
import { lineSchema } from './id';

/**
 * A guess of `npm run new` nobody has confirmed yet: `true`, or a line saying what it could not decide
 * or what the guess rests on (`"the minister" fits hannah-pryce and owen-gale: set the speaker`). The
 * check and the build refuse it until the line is removed; `astro dev` lets it through.
 */
export const draftSchema = z.union([z.boolean(), lineSchema]);
