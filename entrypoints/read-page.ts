import { answerQuestions, holdReading, readPage } from '@/lib/page-reading';

/**
 * Injected into the story's tab on the reader's gesture (activeTab + scripting). An unlisted script, not a content
 * script: WXT's content-script wrapper posts the page a message and an event each time it runs, which would tell any
 * page that Caveat had just been opened on it (tests/e2e/flows/hostile-pages.mjs listens).
 */
export default defineUnlistedScript(() => {
  // Whoever injects this script asks for the article next: the page is read while that question is on its way.
  holdReading(readPage());
  answerQuestions();
});
