// Lambda for the news sources of the catalog (feeds, HTML lists, Telegram channels, news searches) (see ingest-handler.ts for the events).
import { createIngestHandler } from './ingest-handler';

export const handler = createIngestHandler('news', 'ingest-news');
