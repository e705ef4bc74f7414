import { useNavigate } from 'react-router';
import { useT } from '../../../i18n/I18nProvider';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { EMPTY_CUSTOMER_FORM, toCreateInput } from '../customer-form-values';
import { useCreateCustomer } from '../hooks/useCreateCustomer';
import { CustomerFormDialog } from './CustomerFormDialog';

/** Creates a customer owned by the caller and opens its page. */
export function CreateCustomerDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { createCustomer } = useCreateCustomer();
  const navigate = useNavigate();
  const notify = useNotify();
  const t = useT();

  return (
    <CustomerFormDialog
      open={open}
      mode="create"
      title={t('customers.create.title')}
      submitLabel={t('customers.create.submit')}
      initial={EMPTY_CUSTOMER_FORM}
      onClose={onClose}
      onSubmit={async (values, { acknowledgeDuplicates }) => {
        const input = toCreateInput(values);
        const customer = await createCustomer(acknowledgeDuplicates ? { ...input, acknowledgeDuplicates } : input);
        notify(t('customers.create.done', { name: customer.companyName }), 'success');
        onClose();
        navigate(`/customers/${customer.id}`);
      }}
    />
  );
}
