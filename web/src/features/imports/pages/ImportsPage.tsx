import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { PageHeader } from '../../../shared/components/PageHeader';
import { CardFileUpload } from '../components/CardFileUpload';
import { ImportStepper } from '../components/ImportStepper';
import { RecentImports } from '../components/RecentImports';

/** Importing card files: upload one (its columns are mapped on its own page), or open a recent import. */
export function ImportsPage() {
  const t = useT();
  const navigate = useNavigate();
  const open = useCallback((id: string) => navigate(`/imports/${id}`), [navigate]);
  return (
    <>
      <PageHeader title={t('imports.page.title')} subtitle={t('imports.page.subtitle')} />
      <ImportStepper step="upload" />
      <CardFileUpload onUploaded={open} />
      <RecentImports onOpen={open} />
    </>
  );
}
