// Lambda for the RSS/Atom/RDF news feeds of the catalog (see ingest-handler.ts for the events).
import { createIngestHandler } from './ingest-handler';

export const handler = createIngestHandler('feed', 'ingest-news');
