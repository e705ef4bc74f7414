import type { PolicySectionProps } from '../hooks/usePoolPolicyForm';
import { PolicySection } from './PolicySection';
import { ReturnReasonsEditor } from './ReturnReasonsEditor';

/** The reasons a return may give. */
export function ReturnReasonsSection(props: PolicySectionProps) {
  return (
    <PolicySection
      testId="policy-return-reasons"
      title="Return reasons"
      description="A rep giving a customer back picks one of these; some ask for a note as well. A saved reason keeps its code, since past returns refer to it."
    >
      <ReturnReasonsEditor {...props} />
    </PolicySection>
  );
}
