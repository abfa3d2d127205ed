// The archived copy of what an approved entry rests on: outlets delete articles under pressure, so the
// page (or the pasted text) is kept in the bucket with its sha256 and the time it was retrieved.

export interface ArchivedEvidence {
  status: 'archived';
  /** Object key of the archived copy (under evidence/, never public). */
  key: string;
  /** sha256 (hex) of the archived bytes. */
  sha256: string;
  /** ISO instant the copy was retrieved. */
  retrievedAt: string;
  /** The URL fetched (after redirects), or absent when the stored text was archived. */
  url?: string;
  source: 'page' | 'stored-text';
  contentType: string;
  bytes: number;
}

export interface FailedEvidence {
  status: 'failed';
  /** ISO instant of the last attempt. */
  attemptedAt: string;
  attempts: number;
  error: string;
  url?: string;
}

export type EvidenceRecord = ArchivedEvidence | FailedEvidence;
