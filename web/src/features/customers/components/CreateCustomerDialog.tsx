import { useNavigate } from 'react-router';
import { useNotify } from '../../../shared/feedback/FeedbackProvider';
import { EMPTY_CUSTOMER_FORM, toCreateInput } from '../customer-form-values';
import { useCreateCustomer } from '../hooks/useCreateCustomer';
import { CustomerFormDialog } from './CustomerFormDialog';

/** Creates a customer owned by the caller and opens its page. */
export function CreateCustomerDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { createCustomer } = useCreateCustomer();
  const navigate = useNavigate();
  const notify = useNotify();

  return (
    <CustomerFormDialog
      open={open}
      mode="create"
      title="New customer"
      submitLabel="Create customer"
      initial={EMPTY_CUSTOMER_FORM}
      onClose={onClose}
      onSubmit={async (values, { acknowledgeDuplicates }) => {
        const input = toCreateInput(values);
        const customer = await createCustomer(acknowledgeDuplicates ? { ...input, acknowledgeDuplicates } : input);
        notify(`${customer.companyName} is now yours.`, 'success');
        onClose();
        navigate(`/customers/${customer.id}`);
      }}
    />
  );
}
