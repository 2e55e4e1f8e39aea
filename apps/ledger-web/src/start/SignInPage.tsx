/**
 * Signing in: with the city's identity provider, or locally with the development sign-in (a role and a
 * name). A session that ended says so here, plainly.
 */
import { useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { ApiProblem } from '../api/problem';
import { PERSON_ROLES, type PersonRole } from '../auth/claims';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { ErrorSummary, RadioGroup, SubmitButton, TextField, type FieldErrors } from '../shell/forms';
import { Layout } from '../shell/Layout';

const FORM = 'sign-in';

export function SignInPage({ reason }: { reason: 'never' | 'expired' | 'signed-out' | 'failed' }) {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  const returnTo = new URLSearchParams(location.search).get('returnTo') ?? '/';
  const method = session.signInMethod?.method;
  return (
    <Layout title={t.signIn.title}>
      <h1 className="kern-heading-large">{t.signIn.title}</h1>
      {reason === 'expired' ? (
        <Notice kind="warning" title={t.signIn.expiredTitle} text={t.signIn.expiredText} />
      ) : null}
      {reason === 'signed-out' ? (
        <Notice kind="success" title={t.signIn.signedOutTitle} text={t.signIn.signedOutText} />
      ) : null}
      {reason === 'failed' ? (
        <Notice kind="danger" title={t.signIn.failedTitle} text={t.signIn.failedText} />
      ) : null}
      {method === 'oidc' ? (
        <>
          <p className="kern-body">{t.signIn.providerText}</p>
          <button
            type="button"
            className="kern-btn kern-btn--primary"
            onClick={() => void session.signInWithProvider(returnTo)}
          >
            <span className="kern-label">{t.signIn.withProvider}</span>
          </button>
        </>
      ) : method === 'development' ? (
        <DevelopmentSignIn />
      ) : method === 'none' ? (
        <p className="kern-body">{t.signIn.noMethod}</p>
      ) : null}
    </Layout>
  );
}

function Notice({
  kind,
  title,
  text,
}: {
  kind: 'warning' | 'success' | 'danger';
  title: string;
  text: string;
}) {
  return (
    <div className={`kern-alert kern-alert--${kind}`} role={kind === 'success' ? 'status' : 'alert'}>
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${kind}`} aria-hidden="true" />
        <span className="kern-title">{title}</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{text}</p>
      </div>
    </div>
  );
}

function DevelopmentSignIn() {
  const { t } = useI18n();
  const session = useSession();
  const [role, setRole] = useState<PersonRole>('treasurer');
  const [subject, setSubject] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (subject.trim() === '') missing['subject'] = t.signIn.subjectMissing;
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    try {
      await session.signInForDevelopment({ role, subject: subject.trim() });
    } catch (error) {
      setErrors(error instanceof ApiProblem ? refusalByField(error) : { form: t.states.networkError });
      setBusy(false);
    }
  };
  const labels = { role: t.signIn.role, subject: t.signIn.subject };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="stack-form">
      <div className="kern-alert kern-alert--info">
        <div className="kern-alert__body">
          <p className="kern-body">{t.signIn.developmentText}</p>
        </div>
      </div>
      <ErrorSummary form={FORM} errors={errors} labels={labels} />
      <RadioGroup
        form={FORM}
        name="role"
        legend={t.signIn.role}
        value={role}
        options={PERSON_ROLES.map((candidate) => ({ value: candidate, label: t.roles[candidate] }))}
        onChange={(value) => setRole(value as PersonRole)}
        error={errors['role']}
      />
      <TextField
        form={FORM}
        name="subject"
        label={t.signIn.subject}
        hint={role === 'jury-member' ? t.signIn.jurorSubjectHint : t.signIn.subjectHint}
        value={subject}
        onChange={setSubject}
        error={errors['subject']}
        autoComplete="username"
      />
      <SubmitButton label={t.signIn.submit} busy={busy} />
    </form>
  );
}

function refusalByField(error: ApiProblem): FieldErrors {
  const fields: Record<string, string> = {};
  for (const fieldError of error.problem.errors ?? []) fields[fieldError.field] ??= fieldError.message;
  return Object.keys(fields).length > 0 ? fields : { form: error.problem.detail };
}
