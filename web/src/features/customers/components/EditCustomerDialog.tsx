import { useMemo } from 'react';
import { useT } from '../../../i18n/I18nProvider';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { formValuesFromCustomer, toUpdateInput } from '../customer-form-values';
import { useUpdateCustomer } from '../hooks/useUpdateCustomer';
import { CustomerFormDialog } from './CustomerFormDialog';
import type { EditCustomerDialogCustomer } from './EditCustomerDialog.fragment';

interface Props {
  customer: EditCustomerDialogCustomer;
  open: boolean;
  onClose: () => void;
}

export function EditCustomerDialog({ customer, open, onClose }: Props) {
  const { updateCustomer } = useUpdateCustomer();
  const notify = useNotify();
  const t = useT();
  const initial = useMemo(() => formValuesFromCustomer(customer), [customer]);

  return (
    <CustomerFormDialog
      open={open}
      mode="edit"
      title={t('customers.editNamed', { name: customer.companyName })}
      submitLabel={t('customers.edit.submit')}
      initial={initial}
      customerId={customer.id}
      onClose={onClose}
      onSubmit={async (values, { acknowledgeDuplicates }) => {
        const input = toUpdateInput(values, initial);
        if (Object.keys(input).length > 0) {
          await updateCustomer(customer.id, acknowledgeDuplicates ? { ...input, acknowledgeDuplicates } : input);
          notify(t('customers.edit.done'), 'success');
        }
        onClose();
      }}
    />
  );
}
