/**
 * The accessibility statement and the privacy notice, as the service answers them: reachable from
 * every page's footer, signed in or not. The text comes as safe HTML (the service escapes what the
 * city wrote); a template not yet filled in says so.
 */
import { useQuery } from '@tanstack/react-query';
import { api, dataOf } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Layout } from '../shell/Layout';
import { QueryView } from '../shell/states';

export function LegalPage({ document }: { document: 'accessibility' | 'privacy' }) {
  const { t, language } = useI18n();
  const text = useQuery({
    queryKey: ['legal', document, language],
    queryFn: async () =>
      dataOf(
        document === 'accessibility'
          ? await api.GET('/legal/accessibility', { params: { query: { lang: language } } })
          : await api.GET('/legal/privacy', { params: { query: { lang: language } } }),
      ),
  });
  const title = document === 'accessibility' ? t.legal.accessibility : t.legal.privacy;
  return (
    <Layout title={text.data?.title ?? title}>
      <QueryView query={text} what={title}>
        {(data) => (
          <article className="legal-text" lang={data.language}>
            {data.filledIn ? null : (
              <div className="kern-alert kern-alert--warning" role="note">
                <div className="kern-alert__body">
                  <p className="kern-body">{t.legal.template}</p>
                </div>
              </div>
            )}
            <div className="legal-text__body" dangerouslySetInnerHTML={{ __html: data.html }} />
          </article>
        )}
      </QueryView>
    </Layout>
  );
}
