export interface FakeZoteroRequest {
  path: string;
  method: string;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}
export interface FakeZotero {
  port: number;
  base: string;
  requests: FakeZoteroRequest[];
  savedItems(): any[];
  close(): Promise<void>;
}
export function startFakeZotero(port?: number): Promise<FakeZotero>;
