// Lambda for the court publication pages of the catalog (see ingest-handler.ts for the events).
import { createIngestHandler } from './ingest-handler';

export const handler = createIngestHandler('courts', 'ingest-courts');
