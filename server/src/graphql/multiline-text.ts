/**
 * String arguments and input fields where people write several lines (follow-up notes, a
 * return's explanation), by schema coordinate. Every other string is one line: the input
 * boundary refuses line breaks, tabs and text-direction overrides there. The boundary checks at
 * start-up that each coordinate still names something, so a rename cannot quietly tighten it.
 */
export const MULTILINE_TEXT: ReadonlySet<string> = new Set([
  'LogFollowUpInput.content',
  'LogFollowUpInput.nextStep',
  'Mutation.returnCustomer(note:)',
]);
