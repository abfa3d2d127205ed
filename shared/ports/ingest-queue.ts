// Where the scheduled dispatch puts one message per source (SQS in AWS); the same function consumes them.

export interface IngestMessage {
  sourceId: string;
  /** The dispatch that sent it (the Scheduler execution id): the ingest logs carry it as correlation id. */
  dispatchId?: string;
}

export interface IngestQueue {
  /** Sends every message (in batches as the queue allows); throws if any could not be sent. */
  sendAll(messages: IngestMessage[]): Promise<void>;
}
