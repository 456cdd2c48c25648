import type { ArticleSummary } from '@/lib/analysis/types';
import { t } from './i18n';

function formatDate(iso: string | null, lang: string): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(lang, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** Title, site, byline, date, words and reading time of the story. */
export function ArticleHeader({ article }: { article: ArticleSummary }) {
  const date = formatDate(article.publishedTime, navigator.language);
  return (
    <header class="article-header">
      <h1 class="article-title" data-testid="article-title">{article.title}</h1>
      <p class="article-meta">
        {[article.siteName, article.byline, date].filter(Boolean).join(' · ')}
      </p>
      <p class="article-stats" data-testid="reading-time">
        {t('wordsAndMinutes', [article.wordCount.toLocaleString(), String(article.readingMinutes)])}
      </p>
    </header>
  );
}
