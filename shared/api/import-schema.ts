// The body of POST /api/items/import (review-fetch): a URL or pasted text, with what the person knows.
import * as z from 'zod/mini';
import { LANGUAGES } from '../domain/taxonomy';
import { shortText } from './parse-request';

export const importBodySchema = z
  .strictObject({
    url: z.optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
    text: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200_000))),
    title: z.optional(shortText(500)),
    lang: z.optional(z.enum(LANGUAGES)),
    sourceId: z.optional(shortText(100)),
  })
  .check(z.refine((body) => Boolean(body.url || body.text), 'give a url or the pasted text'));
