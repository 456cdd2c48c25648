// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeStoryInput, uniqueDbName } from '../../tests/support/stories';
import { openCaveatDb } from '../db/schema';
import { storeFor } from './story-store';

const db = openCaveatDb(uniqueDbName());
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('storeFor', () => {
  it('reports a removed story and its undo by URL, so tab badges can follow', async () => {
    const onSavedChange = vi.fn();
    const store = storeFor(db, onSavedChange);
    const { article, analysis } = makeStoryInput({ url: 'https://news.example/a?utm_source=x' });
    const id = await store.save(article, analysis);
    expect(await store.find(article)).toBe(id);
    const snapshot = await store.remove(id);
    expect(onSavedChange).toHaveBeenLastCalledWith(['https://news.example/a'], false);
    expect(await store.find(article)).toBeUndefined();
    await store.restore(snapshot);
    expect(onSavedChange).toHaveBeenLastCalledWith(['https://news.example/a'], true);
    expect(await store.find(article)).toBe(id);
    await store.remove(12345);
    expect(onSavedChange).toHaveBeenCalledTimes(2);
  });
});
