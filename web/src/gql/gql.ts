/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ActivityLog_customer on Customer {\n    id\n    activitySummary {\n      ownerChanges\n      ownersSoFar\n      followUps\n      edits\n    }\n    activity(first: 50) {\n      occurredAt\n      actor {\n        id\n        name\n      }\n      action\n      subject\n      subjectId\n      subjectUser {\n        id\n        name\n      }\n      field\n      before\n      after\n      fromUser {\n        id\n        name\n      }\n      toUser {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ActivityLog_CustomerFragmentDoc,
    "\n  query CustomerActivity($id: ID!) {\n    customer(id: $id) {\n      ...ActivityLog_customer\n    }\n  }\n": typeof types.CustomerActivityDocument,
    "\n  query OwnerAt($customerId: ID!, $at: DateTimeISO!) {\n    ownerAt(customerId: $customerId, at: $at) {\n      existed\n      owner {\n        id\n        name\n      }\n      since\n    }\n  }\n": typeof types.OwnerAtDocument,
    "\n  query VerifyOwnershipTrail($customerId: ID!) {\n    verifyOwnershipTrail(customerId: $customerId) {\n      intact\n      events\n      customers\n      breaks {\n        customerId\n        eventId\n        occurredAt\n      }\n    }\n  }\n": typeof types.VerifyOwnershipTrailDocument,
    "\n  query CustomerSources {\n    sources\n  }\n": typeof types.CustomerSourcesDocument,
    "\n  query PoolAnalytics($input: PoolAnalyticsInput!) {\n    poolAnalytics(input: $input) {\n      from\n      to\n      timeZone\n      bucket\n      buckets {\n        start\n        end\n        stockAtEnd\n        recycledNoFollowUp\n        recycledNoDeal\n        returned\n        released\n        imported\n        claimed\n        assigned\n        inflow\n        outflow\n        netFlow\n      }\n      returnReasons {\n        reason\n        count\n      }\n      recycleFrequency {\n        rep {\n          id\n          name\n        }\n        recycles\n        averageHoldings\n        frequency\n      }\n      churnLoops {\n        customerId\n        companyName\n        recycles\n        inPool\n      }\n      conversion {\n        start\n        end\n        kind\n        size\n        wonWithin30Days\n        wonWithin60Days\n        wonWithin90Days\n        activatedWithin48Hours\n      }\n      boomerangByRep {\n        rep {\n          id\n          name\n        }\n        moves\n        back\n        rate\n      }\n      boomerangBySource {\n        source\n        moves\n        back\n        rate\n      }\n      dwell {\n        exits\n        medianDays\n        p90Days\n      }\n      deadStock {\n        poolSize\n        dead\n        share\n      }\n    }\n  }\n": typeof types.PoolAnalyticsDocument,
    "\n  query DemoHint {\n    demoHint {\n      logins\n      password\n    }\n  }\n": typeof types.DemoHintDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        ...Viewer_user\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment Viewer_user on User {\n    id\n    name\n    email\n    role\n    department {\n      id\n      name\n    }\n    locale\n    timeZone\n    allClashAlerts\n  }\n": typeof types.Viewer_UserFragmentDoc,
    "\n  query Me {\n    me {\n      ...Viewer_user\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment CollaboratorList_customer on Customer {\n    id\n    companyName\n    myAccess\n    owner {\n      id\n      name\n    }\n    collaborators {\n      user {\n        id\n        name\n      }\n      access\n      expiresAt\n      grantedAt\n      grantedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CollaboratorList_CustomerFragmentDoc,
    "\n  query Colleagues($first: Int!) {\n    colleagues(first: $first) {\n      id\n      name\n      role\n      department {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ColleaguesDocument,
    "\n  mutation AddCollaborator($input: AddCollaboratorInput!) {\n    addCollaborator(input: $input) {\n      ...CollaboratorList_customer\n    }\n  }\n": typeof types.AddCollaboratorDocument,
    "\n  mutation RemoveCollaborator($customerId: ID!, $userId: ID!) {\n    removeCollaborator(customerId: $customerId, userId: $userId) {\n      ...CollaboratorList_customer\n    }\n  }\n": typeof types.RemoveCollaboratorDocument,
    "\n  mutation LeaveCustomer($customerId: ID!, $userId: ID!) {\n    removeCollaborator(customerId: $customerId, userId: $userId) {\n      id\n    }\n  }\n": typeof types.LeaveCustomerDocument,
    "\n  fragment ContactList_customer on Customer {\n    id\n    contacts {\n      id\n      name\n      title\n      phones\n      emails\n      birthday\n    }\n  }\n": typeof types.ContactList_CustomerFragmentDoc,
    "\n  fragment CustomerCardList_customer on Customer {\n    id\n    companyName\n    industry\n    region {\n      id\n      name\n    }\n    tags\n    tier {\n      code\n      name\n    }\n    status\n    owner {\n      id\n      name\n    }\n    protectedUntil\n    locked\n    updatedAt\n  }\n": typeof types.CustomerCardList_CustomerFragmentDoc,
    "\n  fragment CustomerDetails_customer on Customer {\n    id\n    companyName\n    website\n    email\n    phone\n    industry\n    region {\n      id\n      name\n    }\n    source\n    tags\n    tier {\n      code\n      name\n    }\n    status\n    owner {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.CustomerDetails_CustomerFragmentDoc,
    "\n  fragment CustomerHeader_customer on Customer {\n    id\n    companyName\n    aliases {\n      kind\n      name\n    }\n    tier {\n      code\n      name\n    }\n    status\n    owner {\n      id\n      name\n    }\n    ownedSince\n    protectedUntil\n  }\n": typeof types.CustomerHeader_CustomerFragmentDoc,
    "\n  fragment CustomersGrid_customer on Customer {\n    id\n    companyName\n    industry\n    region {\n      id\n      name\n    }\n    tags\n    tier {\n      code\n      name\n    }\n    status\n    owner {\n      id\n      name\n    }\n    ownedSince\n    protectedUntil\n    locked\n    updatedAt\n  }\n": typeof types.CustomersGrid_CustomerFragmentDoc,
    "\n  fragment EditCustomerDialog_customer on Customer {\n    id\n    companyName\n    aliases {\n      kind\n      name\n    }\n    website\n    email\n    phone\n    industry\n    region {\n      id\n      name\n    }\n    source\n    tags\n    tier {\n      code\n      name\n    }\n    status\n  }\n": typeof types.EditCustomerDialog_CustomerFragmentDoc,
    "\n  fragment ExpiringSoonPanel_customer on Customer {\n    id\n    companyName\n    tier {\n      code\n      name\n    }\n    status\n    locked\n    owner {\n      id\n      name\n    }\n    protectedUntil\n  }\n": typeof types.ExpiringSoonPanel_CustomerFragmentDoc,
    "\n  fragment OwnershipHistory_customer on Customer {\n    id\n    ownershipEvents {\n      id\n      kind\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      actor {\n        id\n        name\n      }\n      reason\n      reasonDetail {\n        ...EntryReasonFields\n      }\n      occurredAt\n    }\n  }\n": typeof types.OwnershipHistory_CustomerFragmentDoc,
    "\n  fragment CustomerViewFields on Customer {\n    id\n    ...CustomerHeader_customer\n    ...CustomerDetails_customer\n    ...EditCustomerDialog_customer\n    ...CustomersGrid_customer\n    ...CustomerCardList_customer\n    ...ExpiringSoonPanel_customer\n  }\n": typeof types.CustomerViewFieldsFragmentDoc,
    "\n  mutation AddContact($customerId: ID!, $input: ContactInput!) {\n    addContact(customerId: $customerId, input: $input) {\n      contact {\n        id\n      }\n      customer {\n        id\n        updatedAt\n        ...ContactList_customer\n      }\n    }\n  }\n": typeof types.AddContactDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        ...CustomersGrid_customer\n        ...CustomerCardList_customer\n      }\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  query Customers($filter: CustomerFilter, $sort: CustomerSort, $first: Int!, $after: String) {\n    customers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CustomersGrid_customer\n          ...CustomerCardList_customer\n        }\n      }\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  query CustomerLookups($withOwners: Boolean!) {\n    tiers {\n      code\n      name\n      rank\n    }\n    regions {\n      id\n      name\n    }\n    industries\n    teamMembers @include(if: $withOwners) {\n      id\n      name\n    }\n  }\n": typeof types.CustomerLookupsDocument,
    "\n  query ExpiringSoonCustomers($filter: CustomerFilter!, $sort: CustomerSort!, $first: Int!) {\n    customers(filter: $filter, sort: $sort, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ExpiringSoonPanel_customer\n        }\n      }\n    }\n  }\n": typeof types.ExpiringSoonCustomersDocument,
    "\n  subscription MyCustomersChanged {\n    myCustomersChanged {\n      kind\n      customerIds\n      customer {\n        ...CustomerViewFields\n      }\n    }\n  }\n": typeof types.MyCustomersChangedDocument,
    "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id) {\n      removedContactId\n      customer {\n        id\n        ...ContactList_customer\n      }\n    }\n  }\n": typeof types.RemoveContactDocument,
    "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      contact {\n        id\n      }\n      customer {\n        id\n        updatedAt\n        ...ContactList_customer\n      }\n    }\n  }\n": typeof types.UpdateContactDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      customer {\n        ...CustomerViewFields\n      }\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  query CustomerPage($id: ID!) {\n    customer(id: $id) {\n      ...CustomerViewFields\n      ...FollowUpTimeline_customer\n      ...ContactList_customer\n      ...OwnershipHistory_customer\n      ...CollaboratorList_customer\n    }\n  }\n": typeof types.CustomerPageDocument,
    "\n  fragment DuplicateMatchItem_customer on ClashCustomer {\n    id\n    companyName\n    inPool\n    protectedUntil\n    owner {\n      name\n      departmentName\n    }\n  }\n": typeof types.DuplicateMatchItem_CustomerFragmentDoc,
    "\n  fragment DuplicateMatchItem_match on DuplicateMatch {\n    verdict\n    customer {\n      ...DuplicateMatchItem_customer\n    }\n    evidence {\n      dimension\n      method\n      inputValue\n      existingValue\n      existingAlias {\n        kind\n        name\n      }\n      pairedWords {\n        input\n        existing\n      }\n      score\n      action\n      demotedBecause\n      sharedBy\n    }\n  }\n": typeof types.DuplicateMatchItem_MatchFragmentDoc,
    "\n  fragment DuplicatePanel_result on DuplicateCheckResult {\n    verdict\n    matches {\n      ...DuplicateMatchItem_match\n    }\n  }\n": typeof types.DuplicatePanel_ResultFragmentDoc,
    "\n  query PoolMatchHold($id: ID!) {\n    poolCustomer(id: $id) {\n      id\n      claimHold {\n        code\n        until\n      }\n    }\n  }\n": typeof types.PoolMatchHoldDocument,
    "\n  query CheckDuplicates($input: DuplicateCheckInput!) {\n    checkDuplicates(input: $input) {\n      ...DuplicatePanel_result\n    }\n  }\n": typeof types.CheckDuplicatesDocument,
    "\n  fragment FollowUpItem_followUp on FollowUp {\n    id\n    type\n    content\n    occurredAt\n    nextStep\n    remindAt\n    author {\n      id\n      name\n    }\n    counted\n    createdAt\n  }\n": typeof types.FollowUpItem_FollowUpFragmentDoc,
    "\n  fragment FollowUpTimeline_customer on Customer {\n    id\n    followUps {\n      ...FollowUpItem_followUp\n    }\n  }\n": typeof types.FollowUpTimeline_CustomerFragmentDoc,
    "\n  mutation LogFollowUp($input: LogFollowUpInput!) {\n    logFollowUp(input: $input) {\n      followUp {\n        ...FollowUpItem_followUp\n      }\n      customer {\n        ...CustomerViewFields\n      }\n    }\n  }\n": typeof types.LogFollowUpDocument,
    "\n  fragment RowCustomerLink_customer on ClashCustomer {\n    id\n    companyName\n    inPool\n    owner {\n      name\n      departmentName\n    }\n  }\n": typeof types.RowCustomerLink_CustomerFragmentDoc,
    "\n  fragment ImportClassCountsFields on ImportClassCounts {\n    NEW\n    DUPLICATE_IN_FILE\n    MATCHES_POOL\n    MATCHES_OWNED\n    INVALID\n  }\n": typeof types.ImportClassCountsFieldsFragmentDoc,
    "\n  fragment ImportOutcomeCountsFields on ImportOutcomeCounts {\n    CREATED\n    FILLED\n    MERGED\n    SKIPPED\n    FAILED\n    CANCELLED\n  }\n": typeof types.ImportOutcomeCountsFieldsFragmentDoc,
    "\n  fragment ImportPaceFields on ImportPace {\n    rowsPerSecond\n    secondsLeft\n  }\n": typeof types.ImportPaceFieldsFragmentDoc,
    "\n  fragment ImportUndoCountsFields on ImportUndoCounts {\n    removed\n    kept\n  }\n": typeof types.ImportUndoCountsFieldsFragmentDoc,
    "\n  fragment ImportJobSummaryFields on ImportJob {\n    id\n    fileName\n    fileKind\n    status\n    totalRows\n    createdAt\n    createdBy {\n      id\n      name\n    }\n  }\n": typeof types.ImportJobSummaryFieldsFragmentDoc,
    "\n  fragment ImportJobDetailFields on ImportJob {\n    ...ImportJobSummaryFields\n    source\n    headers\n    mapping\n    sampleRows\n    checkedRows\n    checkedAt\n    errorCode\n    classCounts {\n      ...ImportClassCountsFields\n    }\n    choices {\n      newRows\n      duplicateInFile\n      matchesPool\n    }\n    destination {\n      kind\n      userIds\n      strategy\n      users {\n        id\n        name\n      }\n    }\n    importStartedAt\n    finishedAt\n    doneRows\n    pace {\n      ...ImportPaceFields\n    }\n    outcomeCounts {\n      ...ImportOutcomeCountsFields\n    }\n    undoCounts {\n      ...ImportUndoCountsFields\n    }\n    undoneAt\n    undoableUntil\n  }\n": typeof types.ImportJobDetailFieldsFragmentDoc,
    "\n  fragment ImportRowFields on ImportRow {\n    rowNumber\n    cells\n    class\n    earlierRow\n    outcome\n    outcomeReason\n    undo\n    problems {\n      field\n      rule\n      message\n      params {\n        name\n        value\n      }\n    }\n    match {\n      verdict\n      customer {\n        ...DuplicateMatchItem_customer\n      }\n    }\n    customer {\n      ...RowCustomerLink_customer\n    }\n  }\n": typeof types.ImportRowFieldsFragmentDoc,
    "\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportJobDetailFields\n    }\n  }\n": typeof types.CancelImportDocument,
    "\n  mutation CommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) {\n      ...ImportJobDetailFields\n    }\n  }\n": typeof types.CommitImportDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobDetailFields\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  query ImportJobs {\n    importJobs {\n      ...ImportJobSummaryFields\n    }\n  }\n": typeof types.ImportJobsDocument,
    "\n  subscription ImportProgress($id: ID!) {\n    importProgress(id: $id) {\n      id\n      status\n      totalRows\n      checkedRows\n      classCounts {\n        ...ImportClassCountsFields\n      }\n      doneRows\n      importStartedAt\n      pace {\n        ...ImportPaceFields\n      }\n      outcomeCounts {\n        ...ImportOutcomeCountsFields\n      }\n      undoCounts {\n        ...ImportUndoCountsFields\n      }\n    }\n  }\n": typeof types.ImportProgressDocument,
    "\n  query ImportRows($id: ID!, $class: ImportRowClass, $outcome: ImportOutcome, $undo: [ImportUndoResult!], $afterRow: Int!, $first: Int!) {\n    importJob(id: $id) {\n      id\n      rows(class: $class, outcome: $outcome, undo: $undo, afterRow: $afterRow, first: $first) {\n        ...ImportRowFields\n      }\n    }\n  }\n": typeof types.ImportRowsDocument,
    "\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      ...ImportJobDetailFields\n    }\n  }\n": typeof types.StartImportDocument,
    "\n  mutation UndoImport($id: ID!) {\n    undoImport(id: $id) {\n      ...ImportJobDetailFields\n    }\n  }\n": typeof types.UndoImportDocument,
    "\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n": typeof types.SetUserDisabledDocument,
    "\n  mutation ReassignCustomers($input: ReassignCustomersInput!) {\n    reassignCustomers(input: $input) {\n      ...AssignResultFields\n    }\n  }\n": typeof types.ReassignCustomersDocument,
    "\n  mutation ReleaseCustomers($input: ReleaseCustomersInput!) {\n    releaseCustomers(input: $input) {\n      customerId\n      ok\n      code\n      message\n      companyName\n      previousOwner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReleaseCustomersDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    createdAt\n    latestAt\n    readAt\n    clash {\n      ...ClashAlertFields\n    }\n    reminder {\n      customerId\n      companyName\n      protectionEnd\n    }\n    ownership {\n      by {\n        name\n        departmentName\n      }\n      customerCount\n      customer {\n        id\n        companyName\n      }\n      receiver {\n        name\n      }\n    }\n    importJob {\n      id\n      fileName\n      status\n      totalRows\n      doneRows\n      outcomeCounts {\n        CREATED\n        SKIPPED\n        FAILED\n      }\n      undoCounts {\n        removed\n        kept\n      }\n    }\n  }\n": typeof types.NotificationItem_NotificationFragmentDoc,
    "\n  fragment ClashAlertFields on ClashAlert {\n    id\n    attemptedAt\n    attemptedBy {\n      name\n      departmentName\n    }\n    customer {\n      id\n      companyName\n      inPool\n      protectedUntil\n      owner {\n        name\n        departmentName\n      }\n    }\n    verdict\n    dimensions\n    attemptedName\n    attemptCount\n  }\n": typeof types.ClashAlertFieldsFragmentDoc,
    "\n  subscription ClashAlerts {\n    clashAlerts {\n      ...ClashAlertFields\n    }\n  }\n": typeof types.ClashAlertsDocument,
    "\n  subscription ImportNoticeProgress($id: ID!) {\n    importProgress(id: $id) {\n      id\n      status\n      doneRows\n    }\n  }\n": typeof types.ImportNoticeProgressDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      edges {\n        ...NotificationItem_notification\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation SetAllClashAlerts($enabled: Boolean!) {\n    setAllClashAlerts(enabled: $enabled) {\n      id\n      allClashAlerts\n    }\n  }\n": typeof types.SetAllClashAlertsDocument,
    "\n  query UnreadNotifications {\n    notifications {\n      unreadCount\n    }\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  fragment PoolEntryFields on PoolEntry {\n    kind\n    reason\n    reasonDetail {\n      ...EntryReasonFields\n    }\n    enteredAt\n    previousOwner {\n      name\n      departmentName\n    }\n  }\n": typeof types.PoolEntryFieldsFragmentDoc,
    "\n  fragment PoolCustomerCard_customer on PoolCustomer {\n    id\n    companyName\n    tier {\n      code\n      name\n    }\n    industry\n    region {\n      id\n      name\n    }\n    tags\n    entry {\n      ...PoolEntryFields\n    }\n    claimHold {\n      code\n      until\n    }\n  }\n": typeof types.PoolCustomerCard_CustomerFragmentDoc,
    "\n  fragment PoolEntryTimeline_customer on PoolCustomer {\n    id\n    poolHistory {\n      ...PoolEntryFields\n    }\n  }\n": typeof types.PoolEntryTimeline_CustomerFragmentDoc,
    "\n  fragment PoolFollowUps_customer on PoolCustomer {\n    id\n    followUps {\n      id\n      type\n      content\n      occurredAt\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PoolFollowUps_CustomerFragmentDoc,
    "\n  fragment EntryReasonFields on EntryReason {\n    kind\n    rules\n    followUpDays\n    noDealDays\n    code\n    label\n    note\n  }\n": typeof types.EntryReasonFieldsFragmentDoc,
    "\n  fragment AssignResultFields on AssignResult {\n    customerId\n    ok\n    code\n    message\n    companyName\n    assignee {\n      id\n      name\n    }\n  }\n": typeof types.AssignResultFieldsFragmentDoc,
    "\n  mutation AssignCustomers($input: AssignCustomersInput!) {\n    assignCustomers(input: $input) {\n      ...AssignResultFields\n    }\n  }\n": typeof types.AssignCustomersDocument,
    "\n  query AssignableReps {\n    teamMembers {\n      id\n      name\n      role\n      disabled\n      department {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AssignableRepsDocument,
    "\n  mutation ClaimCustomers($ids: [ID!]!) {\n    claimCustomers(ids: $ids) {\n      customerId\n      ok\n      code\n      message\n      retryAt\n    }\n  }\n": typeof types.ClaimCustomersDocument,
    "\n  query ClaimQuota {\n    claimQuota {\n      claimedToday\n      dailyLimit\n      day\n      holdings\n      holdingCap\n    }\n  }\n": typeof types.ClaimQuotaDocument,
    "\n  subscription PoolChanged {\n    poolChanged {\n      kind\n      customerIds\n    }\n  }\n": typeof types.PoolChangedDocument,
    "\n  query PoolCustomerHistory($id: ID!) {\n    poolCustomer(id: $id) {\n      id\n      source\n      ...PoolCustomerCard_customer\n      ...PoolEntryTimeline_customer\n      ...PoolFollowUps_customer\n    }\n  }\n": typeof types.PoolCustomerHistoryDocument,
    "\n  query PoolFilterValues {\n    industries(pool: true)\n    sources(pool: true)\n  }\n": typeof types.PoolFilterValuesDocument,
    "\n  query PoolCustomers($filter: PoolFilter, $first: Int!, $after: String) {\n    poolCustomers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...PoolCustomerCard_customer\n        }\n      }\n    }\n  }\n": typeof types.PoolCustomersDocument,
    "\n  mutation ReturnCustomer($customerId: ID!, $reasonCode: String!, $note: String) {\n    returnCustomer(customerId: $customerId, reasonCode: $reasonCode, note: $note)\n  }\n": typeof types.ReturnCustomerDocument,
    "\n  query ReturnReasons {\n    returnReasons {\n      code\n      label\n      noteRequired\n    }\n  }\n": typeof types.ReturnReasonsDocument,
    "\n  fragment DuplicateRulesForm_rules on DuplicateRules {\n    similarNameThreshold\n    rules {\n      dimension\n      method\n      enabled\n      action\n    }\n  }\n": typeof types.DuplicateRulesForm_RulesFragmentDoc,
    "\n  fragment PoolPolicyForm_policy on PoolPolicy {\n    teamTimeZone\n    protectionDays {\n      default\n      byTier {\n        tier\n        days\n      }\n    }\n    followUpTypes\n    minFollowUpLength\n    extensionDays\n    noDealDays {\n      default\n      byTier {\n        tier\n        days\n      }\n    }\n    combination\n    excludeWon\n    excludeLocked\n    reminderLeadDays\n    dailyClaimLimit\n    holdingCap\n    holdingCapCountsWon\n    previousOwnerCooldownDays\n    newEntryCooldownHours\n    departuresNeedApproval\n    crossDepartmentMovesNeedApproval\n    returnReasons {\n      code\n      label\n      noteRequired\n    }\n  }\n": typeof types.PoolPolicyForm_PolicyFragmentDoc,
    "\n  query DuplicateRules {\n    duplicateRules {\n      ...DuplicateRulesForm_rules\n    }\n  }\n": typeof types.DuplicateRulesDocument,
    "\n  query PreviewPoolPolicy($input: PoolPolicyInput!) {\n    previewPoolPolicy(input: $input) {\n      horizonDays\n      total\n      totalUnderCurrent\n      reps {\n        count\n        rep {\n          id\n          name\n        }\n        customers {\n          customerId\n          companyName\n          recycleAt\n          reason\n          reasonDetail {\n            ...EntryReasonFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.PreviewPoolPolicyDocument,
    "\n  query PoolPolicy {\n    poolPolicy {\n      ...PoolPolicyForm_policy\n    }\n    tiers {\n      code\n      name\n      rank\n    }\n  }\n": typeof types.PoolPolicyDocument,
    "\n  query PoolPolicyVersions($first: Int!) {\n    poolPolicyVersions(first: $first) {\n      version\n      changedAt\n      changedBy {\n        id\n        name\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": typeof types.PoolPolicyVersionsDocument,
    "\n  mutation UpdateDuplicateRules($input: DuplicateRulesInput!) {\n    updateDuplicateRules(input: $input) {\n      ...DuplicateRulesForm_rules\n    }\n  }\n": typeof types.UpdateDuplicateRulesDocument,
    "\n  mutation UpdatePoolPolicy($input: PoolPolicyInput!) {\n    updatePoolPolicy(input: $input) {\n      version\n      protectionEndsMoved\n      policy {\n        ...PoolPolicyForm_policy\n      }\n    }\n  }\n": typeof types.UpdatePoolPolicyDocument,
    "\n  query Departments {\n    departments {\n      id\n      name\n      parentId\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  fragment TeamFigures_fields on TeamFigures {\n    holdings\n    claimsToday\n    protectionEndsIn3Days\n    protectionEndsIn7Days\n    recyclesIn7Days\n    followedUpIn7Days\n  }\n": typeof types.TeamFigures_FieldsFragmentDoc,
    "\n  query TeamLoad($departmentId: ID) {\n    teamLoad(departmentId: $departmentId) {\n      asOf\n      department {\n        id\n        name\n      }\n      holdingCap\n      dailyClaimLimit\n      holdingCapCountsWon\n      totals {\n        ...TeamFigures_fields\n      }\n      reps {\n        rep {\n          id\n          name\n          disabled\n          department {\n            id\n            name\n          }\n        }\n        figures {\n          ...TeamFigures_fields\n        }\n        nearCap\n        claimsUsed\n        lastActivityAt\n      }\n    }\n  }\n": typeof types.TeamLoadDocument,
    "\n  fragment TransferProgressFields on TransferProgress {\n    requestId\n    status\n    total\n    done\n    moved\n    failed\n  }\n": typeof types.TransferProgressFieldsFragmentDoc,
    "\n  fragment TransferCountsFields on TransferCounts {\n    customers\n    contacts\n    followUps\n    openReminders\n  }\n": typeof types.TransferCountsFieldsFragmentDoc,
    "\n  fragment TransferSummaryFields on TransferRequest {\n    id\n    status\n    departure\n    receiverMode\n    needsApproval\n    canDecide\n    requestedAt\n    from {\n      id\n      name\n    }\n    receivers {\n      id\n      name\n    }\n    requestedBy {\n      id\n      name\n    }\n    counts {\n      ...TransferCountsFields\n    }\n    progress {\n      ...TransferProgressFields\n    }\n  }\n": typeof types.TransferSummaryFieldsFragmentDoc,
    "\n  fragment TransferDetailFields on TransferRequest {\n    ...TransferSummaryFields\n    note\n    keepReadDays\n    decidedAt\n    decisionComment\n    startedAt\n    finishedAt\n    decidedBy {\n      id\n      name\n    }\n    perReceiver {\n      customers\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TransferDetailFieldsFragmentDoc,
    "\n  mutation DecideTransfer($id: ID!, $approve: Boolean!, $comment: String) {\n    decideTransfer(id: $id, approve: $approve, comment: $comment) {\n      ...TransferDetailFields\n    }\n  }\n": typeof types.DecideTransferDocument,
    "\n  mutation StartTransfer($input: TransferInput!) {\n    startTransfer(input: $input) {\n      ...TransferDetailFields\n    }\n  }\n": typeof types.StartTransferDocument,
    "\n  query PreviewTransfer($input: TransferPlanInput!) {\n    previewTransfer(input: $input) {\n      needsApproval\n      counts {\n        ...TransferCountsFields\n      }\n      perReceiver {\n        customers\n        room\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PreviewTransferDocument,
    "\n  subscription TransferProgress($id: ID!) {\n    transferProgress(id: $id) {\n      ...TransferProgressFields\n    }\n  }\n": typeof types.TransferProgressDocument,
    "\n  query TransferRequest($id: ID!) {\n    transferRequest(id: $id) {\n      ...TransferDetailFields\n    }\n    failedItems: transferItems(id: $id, onlyFailed: true, first: 100) {\n      customerId\n      companyName\n      outcome\n      doneAt\n      to {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TransferRequestDocument,
    "\n  query TransferRequests($first: Int!) {\n    transferRequests(first: $first) {\n      ...TransferSummaryFields\n    }\n  }\n": typeof types.TransferRequestsDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.SetMyLocaleDocument,
};
const documents: Documents = {
    "\n  fragment ActivityLog_customer on Customer {\n    id\n    activitySummary {\n      ownerChanges\n      ownersSoFar\n      followUps\n      edits\n    }\n    activity(first: 50) {\n      occurredAt\n      actor {\n        id\n        name\n      }\n      action\n      subject\n      subjectId\n      subjectUser {\n        id\n        name\n      }\n      field\n      before\n      after\n      fromUser {\n        id\n        name\n      }\n      toUser {\n        id\n        name\n      }\n    }\n  }\n": types.ActivityLog_CustomerFragmentDoc,
    "\n  query CustomerActivity($id: ID!) {\n    customer(id: $id) {\n      ...ActivityLog_customer\n    }\n  }\n": types.CustomerActivityDocument,
    "\n  query OwnerAt($customerId: ID!, $at: DateTimeISO!) {\n    ownerAt(customerId: $customerId, at: $at) {\n      existed\n      owner {\n        id\n        name\n      }\n      since\n    }\n  }\n": types.OwnerAtDocument,
    "\n  query VerifyOwnershipTrail($customerId: ID!) {\n    verifyOwnershipTrail(customerId: $customerId) {\n      intact\n      events\n      customers\n      breaks {\n        customerId\n        eventId\n        occurredAt\n      }\n    }\n  }\n": types.VerifyOwnershipTrailDocument,
    "\n  query CustomerSources {\n    sources\n  }\n": types.CustomerSourcesDocument,
    "\n  query PoolAnalytics($input: PoolAnalyticsInput!) {\n    poolAnalytics(input: $input) {\n      from\n      to\n      timeZone\n      bucket\n      buckets {\n        start\n        end\n        stockAtEnd\n        recycledNoFollowUp\n        recycledNoDeal\n        returned\n        released\n        imported\n        claimed\n        assigned\n        inflow\n        outflow\n        netFlow\n      }\n      returnReasons {\n        reason\n        count\n      }\n      recycleFrequency {\n        rep {\n          id\n          name\n        }\n        recycles\n        averageHoldings\n        frequency\n      }\n      churnLoops {\n        customerId\n        companyName\n        recycles\n        inPool\n      }\n      conversion {\n        start\n        end\n        kind\n        size\n        wonWithin30Days\n        wonWithin60Days\n        wonWithin90Days\n        activatedWithin48Hours\n      }\n      boomerangByRep {\n        rep {\n          id\n          name\n        }\n        moves\n        back\n        rate\n      }\n      boomerangBySource {\n        source\n        moves\n        back\n        rate\n      }\n      dwell {\n        exits\n        medianDays\n        p90Days\n      }\n      deadStock {\n        poolSize\n        dead\n        share\n      }\n    }\n  }\n": types.PoolAnalyticsDocument,
    "\n  query DemoHint {\n    demoHint {\n      logins\n      password\n    }\n  }\n": types.DemoHintDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        ...Viewer_user\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment Viewer_user on User {\n    id\n    name\n    email\n    role\n    department {\n      id\n      name\n    }\n    locale\n    timeZone\n    allClashAlerts\n  }\n": types.Viewer_UserFragmentDoc,
    "\n  query Me {\n    me {\n      ...Viewer_user\n    }\n  }\n": types.MeDocument,
    "\n  fragment CollaboratorList_customer on Customer {\n    id\n    companyName\n    myAccess\n    owner {\n      id\n      name\n    }\n    collaborators {\n      user {\n        id\n        name\n      }\n      access\n      expiresAt\n      grantedAt\n      grantedBy {\n        id\n        name\n      }\n    }\n  }\n": types.CollaboratorList_CustomerFragmentDoc,
    "\n  query Colleagues($first: Int!) {\n    colleagues(first: $first) {\n      id\n      name\n      role\n      department {\n        id\n        name\n      }\n    }\n  }\n": types.ColleaguesDocument,
    "\n  mutation AddCollaborator($input: AddCollaboratorInput!) {\n    addCollaborator(input: $input) {\n      ...CollaboratorList_customer\n    }\n  }\n": types.AddCollaboratorDocument,
    "\n  mutation RemoveCollaborator($customerId: ID!, $userId: ID!) {\n    removeCollaborator(customerId: $customerId, userId: $userId) {\n      ...CollaboratorList_customer\n    }\n  }\n": types.RemoveCollaboratorDocument,
    "\n  mutation LeaveCustomer($customerId: ID!, $userId: ID!) {\n    removeCollaborator(customerId: $customerId, userId: $userId) {\n      id\n    }\n  }\n": types.LeaveCustomerDocument,
    "\n  fragment ContactList_customer on Customer {\n    id\n    contacts {\n      id\n      name\n      title\n      phones\n      emails\n      birthday\n    }\n  }\n": types.ContactList_CustomerFragmentDoc,
    "\n  fragment CustomerCardList_customer on Customer {\n    id\n    companyName\n    industry\n    region {\n      id\n      name\n    }\n    tags\n    tier {\n      code\n      name\n    }\n    status\n    owner {\n      id\n      name\n    }\n    protectedUntil\n    locked\n    updatedAt\n  }\n": types.CustomerCardList_CustomerFragmentDoc,
    "\n  fragment CustomerDetails_customer on Customer {\n    id\n    companyName\n    website\n    email\n    phone\n    industry\n    region {\n      id\n      name\n    }\n    source\n    tags\n    tier {\n      code\n      name\n    }\n    status\n    owner {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n  }\n": types.CustomerDetails_CustomerFragmentDoc,
    "\n  fragment CustomerHeader_customer on Customer {\n    id\n    companyName\n    aliases {\n      kind\n      name\n    }\n    tier {\n      code\n      name\n    }\n    status\n    owner {\n      id\n      name\n    }\n    ownedSince\n    protectedUntil\n  }\n": types.CustomerHeader_CustomerFragmentDoc,
    "\n  fragment CustomersGrid_customer on Customer {\n    id\n    companyName\n    industry\n    region {\n      id\n      name\n    }\n    tags\n    tier {\n      code\n      name\n    }\n    status\n    owner {\n      id\n      name\n    }\n    ownedSince\n    protectedUntil\n    locked\n    updatedAt\n  }\n": types.CustomersGrid_CustomerFragmentDoc,
    "\n  fragment EditCustomerDialog_customer on Customer {\n    id\n    companyName\n    aliases {\n      kind\n      name\n    }\n    website\n    email\n    phone\n    industry\n    region {\n      id\n      name\n    }\n    source\n    tags\n    tier {\n      code\n      name\n    }\n    status\n  }\n": types.EditCustomerDialog_CustomerFragmentDoc,
    "\n  fragment ExpiringSoonPanel_customer on Customer {\n    id\n    companyName\n    tier {\n      code\n      name\n    }\n    status\n    locked\n    owner {\n      id\n      name\n    }\n    protectedUntil\n  }\n": types.ExpiringSoonPanel_CustomerFragmentDoc,
    "\n  fragment OwnershipHistory_customer on Customer {\n    id\n    ownershipEvents {\n      id\n      kind\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      actor {\n        id\n        name\n      }\n      reason\n      reasonDetail {\n        ...EntryReasonFields\n      }\n      occurredAt\n    }\n  }\n": types.OwnershipHistory_CustomerFragmentDoc,
    "\n  fragment CustomerViewFields on Customer {\n    id\n    ...CustomerHeader_customer\n    ...CustomerDetails_customer\n    ...EditCustomerDialog_customer\n    ...CustomersGrid_customer\n    ...CustomerCardList_customer\n    ...ExpiringSoonPanel_customer\n  }\n": types.CustomerViewFieldsFragmentDoc,
    "\n  mutation AddContact($customerId: ID!, $input: ContactInput!) {\n    addContact(customerId: $customerId, input: $input) {\n      contact {\n        id\n      }\n      customer {\n        id\n        updatedAt\n        ...ContactList_customer\n      }\n    }\n  }\n": types.AddContactDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        ...CustomersGrid_customer\n        ...CustomerCardList_customer\n      }\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  query Customers($filter: CustomerFilter, $sort: CustomerSort, $first: Int!, $after: String) {\n    customers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CustomersGrid_customer\n          ...CustomerCardList_customer\n        }\n      }\n    }\n  }\n": types.CustomersDocument,
    "\n  query CustomerLookups($withOwners: Boolean!) {\n    tiers {\n      code\n      name\n      rank\n    }\n    regions {\n      id\n      name\n    }\n    industries\n    teamMembers @include(if: $withOwners) {\n      id\n      name\n    }\n  }\n": types.CustomerLookupsDocument,
    "\n  query ExpiringSoonCustomers($filter: CustomerFilter!, $sort: CustomerSort!, $first: Int!) {\n    customers(filter: $filter, sort: $sort, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ExpiringSoonPanel_customer\n        }\n      }\n    }\n  }\n": types.ExpiringSoonCustomersDocument,
    "\n  subscription MyCustomersChanged {\n    myCustomersChanged {\n      kind\n      customerIds\n      customer {\n        ...CustomerViewFields\n      }\n    }\n  }\n": types.MyCustomersChangedDocument,
    "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id) {\n      removedContactId\n      customer {\n        id\n        ...ContactList_customer\n      }\n    }\n  }\n": types.RemoveContactDocument,
    "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      contact {\n        id\n      }\n      customer {\n        id\n        updatedAt\n        ...ContactList_customer\n      }\n    }\n  }\n": types.UpdateContactDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      customer {\n        ...CustomerViewFields\n      }\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  query CustomerPage($id: ID!) {\n    customer(id: $id) {\n      ...CustomerViewFields\n      ...FollowUpTimeline_customer\n      ...ContactList_customer\n      ...OwnershipHistory_customer\n      ...CollaboratorList_customer\n    }\n  }\n": types.CustomerPageDocument,
    "\n  fragment DuplicateMatchItem_customer on ClashCustomer {\n    id\n    companyName\n    inPool\n    protectedUntil\n    owner {\n      name\n      departmentName\n    }\n  }\n": types.DuplicateMatchItem_CustomerFragmentDoc,
    "\n  fragment DuplicateMatchItem_match on DuplicateMatch {\n    verdict\n    customer {\n      ...DuplicateMatchItem_customer\n    }\n    evidence {\n      dimension\n      method\n      inputValue\n      existingValue\n      existingAlias {\n        kind\n        name\n      }\n      pairedWords {\n        input\n        existing\n      }\n      score\n      action\n      demotedBecause\n      sharedBy\n    }\n  }\n": types.DuplicateMatchItem_MatchFragmentDoc,
    "\n  fragment DuplicatePanel_result on DuplicateCheckResult {\n    verdict\n    matches {\n      ...DuplicateMatchItem_match\n    }\n  }\n": types.DuplicatePanel_ResultFragmentDoc,
    "\n  query PoolMatchHold($id: ID!) {\n    poolCustomer(id: $id) {\n      id\n      claimHold {\n        code\n        until\n      }\n    }\n  }\n": types.PoolMatchHoldDocument,
    "\n  query CheckDuplicates($input: DuplicateCheckInput!) {\n    checkDuplicates(input: $input) {\n      ...DuplicatePanel_result\n    }\n  }\n": types.CheckDuplicatesDocument,
    "\n  fragment FollowUpItem_followUp on FollowUp {\n    id\n    type\n    content\n    occurredAt\n    nextStep\n    remindAt\n    author {\n      id\n      name\n    }\n    counted\n    createdAt\n  }\n": types.FollowUpItem_FollowUpFragmentDoc,
    "\n  fragment FollowUpTimeline_customer on Customer {\n    id\n    followUps {\n      ...FollowUpItem_followUp\n    }\n  }\n": types.FollowUpTimeline_CustomerFragmentDoc,
    "\n  mutation LogFollowUp($input: LogFollowUpInput!) {\n    logFollowUp(input: $input) {\n      followUp {\n        ...FollowUpItem_followUp\n      }\n      customer {\n        ...CustomerViewFields\n      }\n    }\n  }\n": types.LogFollowUpDocument,
    "\n  fragment RowCustomerLink_customer on ClashCustomer {\n    id\n    companyName\n    inPool\n    owner {\n      name\n      departmentName\n    }\n  }\n": types.RowCustomerLink_CustomerFragmentDoc,
    "\n  fragment ImportClassCountsFields on ImportClassCounts {\n    NEW\n    DUPLICATE_IN_FILE\n    MATCHES_POOL\n    MATCHES_OWNED\n    INVALID\n  }\n": types.ImportClassCountsFieldsFragmentDoc,
    "\n  fragment ImportOutcomeCountsFields on ImportOutcomeCounts {\n    CREATED\n    FILLED\n    MERGED\n    SKIPPED\n    FAILED\n    CANCELLED\n  }\n": types.ImportOutcomeCountsFieldsFragmentDoc,
    "\n  fragment ImportPaceFields on ImportPace {\n    rowsPerSecond\n    secondsLeft\n  }\n": types.ImportPaceFieldsFragmentDoc,
    "\n  fragment ImportUndoCountsFields on ImportUndoCounts {\n    removed\n    kept\n  }\n": types.ImportUndoCountsFieldsFragmentDoc,
    "\n  fragment ImportJobSummaryFields on ImportJob {\n    id\n    fileName\n    fileKind\n    status\n    totalRows\n    createdAt\n    createdBy {\n      id\n      name\n    }\n  }\n": types.ImportJobSummaryFieldsFragmentDoc,
    "\n  fragment ImportJobDetailFields on ImportJob {\n    ...ImportJobSummaryFields\n    source\n    headers\n    mapping\n    sampleRows\n    checkedRows\n    checkedAt\n    errorCode\n    classCounts {\n      ...ImportClassCountsFields\n    }\n    choices {\n      newRows\n      duplicateInFile\n      matchesPool\n    }\n    destination {\n      kind\n      userIds\n      strategy\n      users {\n        id\n        name\n      }\n    }\n    importStartedAt\n    finishedAt\n    doneRows\n    pace {\n      ...ImportPaceFields\n    }\n    outcomeCounts {\n      ...ImportOutcomeCountsFields\n    }\n    undoCounts {\n      ...ImportUndoCountsFields\n    }\n    undoneAt\n    undoableUntil\n  }\n": types.ImportJobDetailFieldsFragmentDoc,
    "\n  fragment ImportRowFields on ImportRow {\n    rowNumber\n    cells\n    class\n    earlierRow\n    outcome\n    outcomeReason\n    undo\n    problems {\n      field\n      rule\n      message\n      params {\n        name\n        value\n      }\n    }\n    match {\n      verdict\n      customer {\n        ...DuplicateMatchItem_customer\n      }\n    }\n    customer {\n      ...RowCustomerLink_customer\n    }\n  }\n": types.ImportRowFieldsFragmentDoc,
    "\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportJobDetailFields\n    }\n  }\n": types.CancelImportDocument,
    "\n  mutation CommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) {\n      ...ImportJobDetailFields\n    }\n  }\n": types.CommitImportDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobDetailFields\n    }\n  }\n": types.ImportJobDocument,
    "\n  query ImportJobs {\n    importJobs {\n      ...ImportJobSummaryFields\n    }\n  }\n": types.ImportJobsDocument,
    "\n  subscription ImportProgress($id: ID!) {\n    importProgress(id: $id) {\n      id\n      status\n      totalRows\n      checkedRows\n      classCounts {\n        ...ImportClassCountsFields\n      }\n      doneRows\n      importStartedAt\n      pace {\n        ...ImportPaceFields\n      }\n      outcomeCounts {\n        ...ImportOutcomeCountsFields\n      }\n      undoCounts {\n        ...ImportUndoCountsFields\n      }\n    }\n  }\n": types.ImportProgressDocument,
    "\n  query ImportRows($id: ID!, $class: ImportRowClass, $outcome: ImportOutcome, $undo: [ImportUndoResult!], $afterRow: Int!, $first: Int!) {\n    importJob(id: $id) {\n      id\n      rows(class: $class, outcome: $outcome, undo: $undo, afterRow: $afterRow, first: $first) {\n        ...ImportRowFields\n      }\n    }\n  }\n": types.ImportRowsDocument,
    "\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      ...ImportJobDetailFields\n    }\n  }\n": types.StartImportDocument,
    "\n  mutation UndoImport($id: ID!) {\n    undoImport(id: $id) {\n      ...ImportJobDetailFields\n    }\n  }\n": types.UndoImportDocument,
    "\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n": types.SetUserDisabledDocument,
    "\n  mutation ReassignCustomers($input: ReassignCustomersInput!) {\n    reassignCustomers(input: $input) {\n      ...AssignResultFields\n    }\n  }\n": types.ReassignCustomersDocument,
    "\n  mutation ReleaseCustomers($input: ReleaseCustomersInput!) {\n    releaseCustomers(input: $input) {\n      customerId\n      ok\n      code\n      message\n      companyName\n      previousOwner {\n        id\n        name\n      }\n    }\n  }\n": types.ReleaseCustomersDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    createdAt\n    latestAt\n    readAt\n    clash {\n      ...ClashAlertFields\n    }\n    reminder {\n      customerId\n      companyName\n      protectionEnd\n    }\n    ownership {\n      by {\n        name\n        departmentName\n      }\n      customerCount\n      customer {\n        id\n        companyName\n      }\n      receiver {\n        name\n      }\n    }\n    importJob {\n      id\n      fileName\n      status\n      totalRows\n      doneRows\n      outcomeCounts {\n        CREATED\n        SKIPPED\n        FAILED\n      }\n      undoCounts {\n        removed\n        kept\n      }\n    }\n  }\n": types.NotificationItem_NotificationFragmentDoc,
    "\n  fragment ClashAlertFields on ClashAlert {\n    id\n    attemptedAt\n    attemptedBy {\n      name\n      departmentName\n    }\n    customer {\n      id\n      companyName\n      inPool\n      protectedUntil\n      owner {\n        name\n        departmentName\n      }\n    }\n    verdict\n    dimensions\n    attemptedName\n    attemptCount\n  }\n": types.ClashAlertFieldsFragmentDoc,
    "\n  subscription ClashAlerts {\n    clashAlerts {\n      ...ClashAlertFields\n    }\n  }\n": types.ClashAlertsDocument,
    "\n  subscription ImportNoticeProgress($id: ID!) {\n    importProgress(id: $id) {\n      id\n      status\n      doneRows\n    }\n  }\n": types.ImportNoticeProgressDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      edges {\n        ...NotificationItem_notification\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation SetAllClashAlerts($enabled: Boolean!) {\n    setAllClashAlerts(enabled: $enabled) {\n      id\n      allClashAlerts\n    }\n  }\n": types.SetAllClashAlertsDocument,
    "\n  query UnreadNotifications {\n    notifications {\n      unreadCount\n    }\n  }\n": types.UnreadNotificationsDocument,
    "\n  fragment PoolEntryFields on PoolEntry {\n    kind\n    reason\n    reasonDetail {\n      ...EntryReasonFields\n    }\n    enteredAt\n    previousOwner {\n      name\n      departmentName\n    }\n  }\n": types.PoolEntryFieldsFragmentDoc,
    "\n  fragment PoolCustomerCard_customer on PoolCustomer {\n    id\n    companyName\n    tier {\n      code\n      name\n    }\n    industry\n    region {\n      id\n      name\n    }\n    tags\n    entry {\n      ...PoolEntryFields\n    }\n    claimHold {\n      code\n      until\n    }\n  }\n": types.PoolCustomerCard_CustomerFragmentDoc,
    "\n  fragment PoolEntryTimeline_customer on PoolCustomer {\n    id\n    poolHistory {\n      ...PoolEntryFields\n    }\n  }\n": types.PoolEntryTimeline_CustomerFragmentDoc,
    "\n  fragment PoolFollowUps_customer on PoolCustomer {\n    id\n    followUps {\n      id\n      type\n      content\n      occurredAt\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.PoolFollowUps_CustomerFragmentDoc,
    "\n  fragment EntryReasonFields on EntryReason {\n    kind\n    rules\n    followUpDays\n    noDealDays\n    code\n    label\n    note\n  }\n": types.EntryReasonFieldsFragmentDoc,
    "\n  fragment AssignResultFields on AssignResult {\n    customerId\n    ok\n    code\n    message\n    companyName\n    assignee {\n      id\n      name\n    }\n  }\n": types.AssignResultFieldsFragmentDoc,
    "\n  mutation AssignCustomers($input: AssignCustomersInput!) {\n    assignCustomers(input: $input) {\n      ...AssignResultFields\n    }\n  }\n": types.AssignCustomersDocument,
    "\n  query AssignableReps {\n    teamMembers {\n      id\n      name\n      role\n      disabled\n      department {\n        id\n        name\n      }\n    }\n  }\n": types.AssignableRepsDocument,
    "\n  mutation ClaimCustomers($ids: [ID!]!) {\n    claimCustomers(ids: $ids) {\n      customerId\n      ok\n      code\n      message\n      retryAt\n    }\n  }\n": types.ClaimCustomersDocument,
    "\n  query ClaimQuota {\n    claimQuota {\n      claimedToday\n      dailyLimit\n      day\n      holdings\n      holdingCap\n    }\n  }\n": types.ClaimQuotaDocument,
    "\n  subscription PoolChanged {\n    poolChanged {\n      kind\n      customerIds\n    }\n  }\n": types.PoolChangedDocument,
    "\n  query PoolCustomerHistory($id: ID!) {\n    poolCustomer(id: $id) {\n      id\n      source\n      ...PoolCustomerCard_customer\n      ...PoolEntryTimeline_customer\n      ...PoolFollowUps_customer\n    }\n  }\n": types.PoolCustomerHistoryDocument,
    "\n  query PoolFilterValues {\n    industries(pool: true)\n    sources(pool: true)\n  }\n": types.PoolFilterValuesDocument,
    "\n  query PoolCustomers($filter: PoolFilter, $first: Int!, $after: String) {\n    poolCustomers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...PoolCustomerCard_customer\n        }\n      }\n    }\n  }\n": types.PoolCustomersDocument,
    "\n  mutation ReturnCustomer($customerId: ID!, $reasonCode: String!, $note: String) {\n    returnCustomer(customerId: $customerId, reasonCode: $reasonCode, note: $note)\n  }\n": types.ReturnCustomerDocument,
    "\n  query ReturnReasons {\n    returnReasons {\n      code\n      label\n      noteRequired\n    }\n  }\n": types.ReturnReasonsDocument,
    "\n  fragment DuplicateRulesForm_rules on DuplicateRules {\n    similarNameThreshold\n    rules {\n      dimension\n      method\n      enabled\n      action\n    }\n  }\n": types.DuplicateRulesForm_RulesFragmentDoc,
    "\n  fragment PoolPolicyForm_policy on PoolPolicy {\n    teamTimeZone\n    protectionDays {\n      default\n      byTier {\n        tier\n        days\n      }\n    }\n    followUpTypes\n    minFollowUpLength\n    extensionDays\n    noDealDays {\n      default\n      byTier {\n        tier\n        days\n      }\n    }\n    combination\n    excludeWon\n    excludeLocked\n    reminderLeadDays\n    dailyClaimLimit\n    holdingCap\n    holdingCapCountsWon\n    previousOwnerCooldownDays\n    newEntryCooldownHours\n    departuresNeedApproval\n    crossDepartmentMovesNeedApproval\n    returnReasons {\n      code\n      label\n      noteRequired\n    }\n  }\n": types.PoolPolicyForm_PolicyFragmentDoc,
    "\n  query DuplicateRules {\n    duplicateRules {\n      ...DuplicateRulesForm_rules\n    }\n  }\n": types.DuplicateRulesDocument,
    "\n  query PreviewPoolPolicy($input: PoolPolicyInput!) {\n    previewPoolPolicy(input: $input) {\n      horizonDays\n      total\n      totalUnderCurrent\n      reps {\n        count\n        rep {\n          id\n          name\n        }\n        customers {\n          customerId\n          companyName\n          recycleAt\n          reason\n          reasonDetail {\n            ...EntryReasonFields\n          }\n        }\n      }\n    }\n  }\n": types.PreviewPoolPolicyDocument,
    "\n  query PoolPolicy {\n    poolPolicy {\n      ...PoolPolicyForm_policy\n    }\n    tiers {\n      code\n      name\n      rank\n    }\n  }\n": types.PoolPolicyDocument,
    "\n  query PoolPolicyVersions($first: Int!) {\n    poolPolicyVersions(first: $first) {\n      version\n      changedAt\n      changedBy {\n        id\n        name\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n": types.PoolPolicyVersionsDocument,
    "\n  mutation UpdateDuplicateRules($input: DuplicateRulesInput!) {\n    updateDuplicateRules(input: $input) {\n      ...DuplicateRulesForm_rules\n    }\n  }\n": types.UpdateDuplicateRulesDocument,
    "\n  mutation UpdatePoolPolicy($input: PoolPolicyInput!) {\n    updatePoolPolicy(input: $input) {\n      version\n      protectionEndsMoved\n      policy {\n        ...PoolPolicyForm_policy\n      }\n    }\n  }\n": types.UpdatePoolPolicyDocument,
    "\n  query Departments {\n    departments {\n      id\n      name\n      parentId\n    }\n  }\n": types.DepartmentsDocument,
    "\n  fragment TeamFigures_fields on TeamFigures {\n    holdings\n    claimsToday\n    protectionEndsIn3Days\n    protectionEndsIn7Days\n    recyclesIn7Days\n    followedUpIn7Days\n  }\n": types.TeamFigures_FieldsFragmentDoc,
    "\n  query TeamLoad($departmentId: ID) {\n    teamLoad(departmentId: $departmentId) {\n      asOf\n      department {\n        id\n        name\n      }\n      holdingCap\n      dailyClaimLimit\n      holdingCapCountsWon\n      totals {\n        ...TeamFigures_fields\n      }\n      reps {\n        rep {\n          id\n          name\n          disabled\n          department {\n            id\n            name\n          }\n        }\n        figures {\n          ...TeamFigures_fields\n        }\n        nearCap\n        claimsUsed\n        lastActivityAt\n      }\n    }\n  }\n": types.TeamLoadDocument,
    "\n  fragment TransferProgressFields on TransferProgress {\n    requestId\n    status\n    total\n    done\n    moved\n    failed\n  }\n": types.TransferProgressFieldsFragmentDoc,
    "\n  fragment TransferCountsFields on TransferCounts {\n    customers\n    contacts\n    followUps\n    openReminders\n  }\n": types.TransferCountsFieldsFragmentDoc,
    "\n  fragment TransferSummaryFields on TransferRequest {\n    id\n    status\n    departure\n    receiverMode\n    needsApproval\n    canDecide\n    requestedAt\n    from {\n      id\n      name\n    }\n    receivers {\n      id\n      name\n    }\n    requestedBy {\n      id\n      name\n    }\n    counts {\n      ...TransferCountsFields\n    }\n    progress {\n      ...TransferProgressFields\n    }\n  }\n": types.TransferSummaryFieldsFragmentDoc,
    "\n  fragment TransferDetailFields on TransferRequest {\n    ...TransferSummaryFields\n    note\n    keepReadDays\n    decidedAt\n    decisionComment\n    startedAt\n    finishedAt\n    decidedBy {\n      id\n      name\n    }\n    perReceiver {\n      customers\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.TransferDetailFieldsFragmentDoc,
    "\n  mutation DecideTransfer($id: ID!, $approve: Boolean!, $comment: String) {\n    decideTransfer(id: $id, approve: $approve, comment: $comment) {\n      ...TransferDetailFields\n    }\n  }\n": types.DecideTransferDocument,
    "\n  mutation StartTransfer($input: TransferInput!) {\n    startTransfer(input: $input) {\n      ...TransferDetailFields\n    }\n  }\n": types.StartTransferDocument,
    "\n  query PreviewTransfer($input: TransferPlanInput!) {\n    previewTransfer(input: $input) {\n      needsApproval\n      counts {\n        ...TransferCountsFields\n      }\n      perReceiver {\n        customers\n        room\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PreviewTransferDocument,
    "\n  subscription TransferProgress($id: ID!) {\n    transferProgress(id: $id) {\n      ...TransferProgressFields\n    }\n  }\n": types.TransferProgressDocument,
    "\n  query TransferRequest($id: ID!) {\n    transferRequest(id: $id) {\n      ...TransferDetailFields\n    }\n    failedItems: transferItems(id: $id, onlyFailed: true, first: 100) {\n      customerId\n      companyName\n      outcome\n      doneAt\n      to {\n        id\n        name\n      }\n    }\n  }\n": types.TransferRequestDocument,
    "\n  query TransferRequests($first: Int!) {\n    transferRequests(first: $first) {\n      ...TransferSummaryFields\n    }\n  }\n": types.TransferRequestsDocument,
    "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.SetMyLocaleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityLog_customer on Customer {\n    id\n    activitySummary {\n      ownerChanges\n      ownersSoFar\n      followUps\n      edits\n    }\n    activity(first: 50) {\n      occurredAt\n      actor {\n        id\n        name\n      }\n      action\n      subject\n      subjectId\n      subjectUser {\n        id\n        name\n      }\n      field\n      before\n      after\n      fromUser {\n        id\n        name\n      }\n      toUser {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityLog_customer on Customer {\n    id\n    activitySummary {\n      ownerChanges\n      ownersSoFar\n      followUps\n      edits\n    }\n    activity(first: 50) {\n      occurredAt\n      actor {\n        id\n        name\n      }\n      action\n      subject\n      subjectId\n      subjectUser {\n        id\n        name\n      }\n      field\n      before\n      after\n      fromUser {\n        id\n        name\n      }\n      toUser {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerActivity($id: ID!) {\n    customer(id: $id) {\n      ...ActivityLog_customer\n    }\n  }\n"): (typeof documents)["\n  query CustomerActivity($id: ID!) {\n    customer(id: $id) {\n      ...ActivityLog_customer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnerAt($customerId: ID!, $at: DateTimeISO!) {\n    ownerAt(customerId: $customerId, at: $at) {\n      existed\n      owner {\n        id\n        name\n      }\n      since\n    }\n  }\n"): (typeof documents)["\n  query OwnerAt($customerId: ID!, $at: DateTimeISO!) {\n    ownerAt(customerId: $customerId, at: $at) {\n      existed\n      owner {\n        id\n        name\n      }\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyOwnershipTrail($customerId: ID!) {\n    verifyOwnershipTrail(customerId: $customerId) {\n      intact\n      events\n      customers\n      breaks {\n        customerId\n        eventId\n        occurredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyOwnershipTrail($customerId: ID!) {\n    verifyOwnershipTrail(customerId: $customerId) {\n      intact\n      events\n      customers\n      breaks {\n        customerId\n        eventId\n        occurredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerSources {\n    sources\n  }\n"): (typeof documents)["\n  query CustomerSources {\n    sources\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoolAnalytics($input: PoolAnalyticsInput!) {\n    poolAnalytics(input: $input) {\n      from\n      to\n      timeZone\n      bucket\n      buckets {\n        start\n        end\n        stockAtEnd\n        recycledNoFollowUp\n        recycledNoDeal\n        returned\n        released\n        imported\n        claimed\n        assigned\n        inflow\n        outflow\n        netFlow\n      }\n      returnReasons {\n        reason\n        count\n      }\n      recycleFrequency {\n        rep {\n          id\n          name\n        }\n        recycles\n        averageHoldings\n        frequency\n      }\n      churnLoops {\n        customerId\n        companyName\n        recycles\n        inPool\n      }\n      conversion {\n        start\n        end\n        kind\n        size\n        wonWithin30Days\n        wonWithin60Days\n        wonWithin90Days\n        activatedWithin48Hours\n      }\n      boomerangByRep {\n        rep {\n          id\n          name\n        }\n        moves\n        back\n        rate\n      }\n      boomerangBySource {\n        source\n        moves\n        back\n        rate\n      }\n      dwell {\n        exits\n        medianDays\n        p90Days\n      }\n      deadStock {\n        poolSize\n        dead\n        share\n      }\n    }\n  }\n"): (typeof documents)["\n  query PoolAnalytics($input: PoolAnalyticsInput!) {\n    poolAnalytics(input: $input) {\n      from\n      to\n      timeZone\n      bucket\n      buckets {\n        start\n        end\n        stockAtEnd\n        recycledNoFollowUp\n        recycledNoDeal\n        returned\n        released\n        imported\n        claimed\n        assigned\n        inflow\n        outflow\n        netFlow\n      }\n      returnReasons {\n        reason\n        count\n      }\n      recycleFrequency {\n        rep {\n          id\n          name\n        }\n        recycles\n        averageHoldings\n        frequency\n      }\n      churnLoops {\n        customerId\n        companyName\n        recycles\n        inPool\n      }\n      conversion {\n        start\n        end\n        kind\n        size\n        wonWithin30Days\n        wonWithin60Days\n        wonWithin90Days\n        activatedWithin48Hours\n      }\n      boomerangByRep {\n        rep {\n          id\n          name\n        }\n        moves\n        back\n        rate\n      }\n      boomerangBySource {\n        source\n        moves\n        back\n        rate\n      }\n      dwell {\n        exits\n        medianDays\n        p90Days\n      }\n      deadStock {\n        poolSize\n        dead\n        share\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoHint {\n    demoHint {\n      logins\n      password\n    }\n  }\n"): (typeof documents)["\n  query DemoHint {\n    demoHint {\n      logins\n      password\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        ...Viewer_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        ...Viewer_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Viewer_user on User {\n    id\n    name\n    email\n    role\n    department {\n      id\n      name\n    }\n    locale\n    timeZone\n    allClashAlerts\n  }\n"): (typeof documents)["\n  fragment Viewer_user on User {\n    id\n    name\n    email\n    role\n    department {\n      id\n      name\n    }\n    locale\n    timeZone\n    allClashAlerts\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...Viewer_user\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...Viewer_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CollaboratorList_customer on Customer {\n    id\n    companyName\n    myAccess\n    owner {\n      id\n      name\n    }\n    collaborators {\n      user {\n        id\n        name\n      }\n      access\n      expiresAt\n      grantedAt\n      grantedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CollaboratorList_customer on Customer {\n    id\n    companyName\n    myAccess\n    owner {\n      id\n      name\n    }\n    collaborators {\n      user {\n        id\n        name\n      }\n      access\n      expiresAt\n      grantedAt\n      grantedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Colleagues($first: Int!) {\n    colleagues(first: $first) {\n      id\n      name\n      role\n      department {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Colleagues($first: Int!) {\n    colleagues(first: $first) {\n      id\n      name\n      role\n      department {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCollaborator($input: AddCollaboratorInput!) {\n    addCollaborator(input: $input) {\n      ...CollaboratorList_customer\n    }\n  }\n"): (typeof documents)["\n  mutation AddCollaborator($input: AddCollaboratorInput!) {\n    addCollaborator(input: $input) {\n      ...CollaboratorList_customer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCollaborator($customerId: ID!, $userId: ID!) {\n    removeCollaborator(customerId: $customerId, userId: $userId) {\n      ...CollaboratorList_customer\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCollaborator($customerId: ID!, $userId: ID!) {\n    removeCollaborator(customerId: $customerId, userId: $userId) {\n      ...CollaboratorList_customer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveCustomer($customerId: ID!, $userId: ID!) {\n    removeCollaborator(customerId: $customerId, userId: $userId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveCustomer($customerId: ID!, $userId: ID!) {\n    removeCollaborator(customerId: $customerId, userId: $userId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactList_customer on Customer {\n    id\n    contacts {\n      id\n      name\n      title\n      phones\n      emails\n      birthday\n    }\n  }\n"): (typeof documents)["\n  fragment ContactList_customer on Customer {\n    id\n    contacts {\n      id\n      name\n      title\n      phones\n      emails\n      birthday\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerCardList_customer on Customer {\n    id\n    companyName\n    industry\n    region {\n      id\n      name\n    }\n    tags\n    tier {\n      code\n      name\n    }\n    status\n    owner {\n      id\n      name\n    }\n    protectedUntil\n    locked\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment CustomerCardList_customer on Customer {\n    id\n    companyName\n    industry\n    region {\n      id\n      name\n    }\n    tags\n    tier {\n      code\n      name\n    }\n    status\n    owner {\n      id\n      name\n    }\n    protectedUntil\n    locked\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerDetails_customer on Customer {\n    id\n    companyName\n    website\n    email\n    phone\n    industry\n    region {\n      id\n      name\n    }\n    source\n    tags\n    tier {\n      code\n      name\n    }\n    status\n    owner {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment CustomerDetails_customer on Customer {\n    id\n    companyName\n    website\n    email\n    phone\n    industry\n    region {\n      id\n      name\n    }\n    source\n    tags\n    tier {\n      code\n      name\n    }\n    status\n    owner {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerHeader_customer on Customer {\n    id\n    companyName\n    aliases {\n      kind\n      name\n    }\n    tier {\n      code\n      name\n    }\n    status\n    owner {\n      id\n      name\n    }\n    ownedSince\n    protectedUntil\n  }\n"): (typeof documents)["\n  fragment CustomerHeader_customer on Customer {\n    id\n    companyName\n    aliases {\n      kind\n      name\n    }\n    tier {\n      code\n      name\n    }\n    status\n    owner {\n      id\n      name\n    }\n    ownedSince\n    protectedUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomersGrid_customer on Customer {\n    id\n    companyName\n    industry\n    region {\n      id\n      name\n    }\n    tags\n    tier {\n      code\n      name\n    }\n    status\n    owner {\n      id\n      name\n    }\n    ownedSince\n    protectedUntil\n    locked\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment CustomersGrid_customer on Customer {\n    id\n    companyName\n    industry\n    region {\n      id\n      name\n    }\n    tags\n    tier {\n      code\n      name\n    }\n    status\n    owner {\n      id\n      name\n    }\n    ownedSince\n    protectedUntil\n    locked\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditCustomerDialog_customer on Customer {\n    id\n    companyName\n    aliases {\n      kind\n      name\n    }\n    website\n    email\n    phone\n    industry\n    region {\n      id\n      name\n    }\n    source\n    tags\n    tier {\n      code\n      name\n    }\n    status\n  }\n"): (typeof documents)["\n  fragment EditCustomerDialog_customer on Customer {\n    id\n    companyName\n    aliases {\n      kind\n      name\n    }\n    website\n    email\n    phone\n    industry\n    region {\n      id\n      name\n    }\n    source\n    tags\n    tier {\n      code\n      name\n    }\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpiringSoonPanel_customer on Customer {\n    id\n    companyName\n    tier {\n      code\n      name\n    }\n    status\n    locked\n    owner {\n      id\n      name\n    }\n    protectedUntil\n  }\n"): (typeof documents)["\n  fragment ExpiringSoonPanel_customer on Customer {\n    id\n    companyName\n    tier {\n      code\n      name\n    }\n    status\n    locked\n    owner {\n      id\n      name\n    }\n    protectedUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OwnershipHistory_customer on Customer {\n    id\n    ownershipEvents {\n      id\n      kind\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      actor {\n        id\n        name\n      }\n      reason\n      reasonDetail {\n        ...EntryReasonFields\n      }\n      occurredAt\n    }\n  }\n"): (typeof documents)["\n  fragment OwnershipHistory_customer on Customer {\n    id\n    ownershipEvents {\n      id\n      kind\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      actor {\n        id\n        name\n      }\n      reason\n      reasonDetail {\n        ...EntryReasonFields\n      }\n      occurredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerViewFields on Customer {\n    id\n    ...CustomerHeader_customer\n    ...CustomerDetails_customer\n    ...EditCustomerDialog_customer\n    ...CustomersGrid_customer\n    ...CustomerCardList_customer\n    ...ExpiringSoonPanel_customer\n  }\n"): (typeof documents)["\n  fragment CustomerViewFields on Customer {\n    id\n    ...CustomerHeader_customer\n    ...CustomerDetails_customer\n    ...EditCustomerDialog_customer\n    ...CustomersGrid_customer\n    ...CustomerCardList_customer\n    ...ExpiringSoonPanel_customer\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContact($customerId: ID!, $input: ContactInput!) {\n    addContact(customerId: $customerId, input: $input) {\n      contact {\n        id\n      }\n      customer {\n        id\n        updatedAt\n        ...ContactList_customer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddContact($customerId: ID!, $input: ContactInput!) {\n    addContact(customerId: $customerId, input: $input) {\n      contact {\n        id\n      }\n      customer {\n        id\n        updatedAt\n        ...ContactList_customer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        ...CustomersGrid_customer\n        ...CustomerCardList_customer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      customer {\n        id\n        ...CustomersGrid_customer\n        ...CustomerCardList_customer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers($filter: CustomerFilter, $sort: CustomerSort, $first: Int!, $after: String) {\n    customers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CustomersGrid_customer\n          ...CustomerCardList_customer\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Customers($filter: CustomerFilter, $sort: CustomerSort, $first: Int!, $after: String) {\n    customers(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...CustomersGrid_customer\n          ...CustomerCardList_customer\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerLookups($withOwners: Boolean!) {\n    tiers {\n      code\n      name\n      rank\n    }\n    regions {\n      id\n      name\n    }\n    industries\n    teamMembers @include(if: $withOwners) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CustomerLookups($withOwners: Boolean!) {\n    tiers {\n      code\n      name\n      rank\n    }\n    regions {\n      id\n      name\n    }\n    industries\n    teamMembers @include(if: $withOwners) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpiringSoonCustomers($filter: CustomerFilter!, $sort: CustomerSort!, $first: Int!) {\n    customers(filter: $filter, sort: $sort, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ExpiringSoonPanel_customer\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpiringSoonCustomers($filter: CustomerFilter!, $sort: CustomerSort!, $first: Int!) {\n    customers(filter: $filter, sort: $sort, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...ExpiringSoonPanel_customer\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyCustomersChanged {\n    myCustomersChanged {\n      kind\n      customerIds\n      customer {\n        ...CustomerViewFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MyCustomersChanged {\n    myCustomersChanged {\n      kind\n      customerIds\n      customer {\n        ...CustomerViewFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id) {\n      removedContactId\n      customer {\n        id\n        ...ContactList_customer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id) {\n      removedContactId\n      customer {\n        id\n        ...ContactList_customer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      contact {\n        id\n      }\n      customer {\n        id\n        updatedAt\n        ...ContactList_customer\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      contact {\n        id\n      }\n      customer {\n        id\n        updatedAt\n        ...ContactList_customer\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      customer {\n        ...CustomerViewFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      customer {\n        ...CustomerViewFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPage($id: ID!) {\n    customer(id: $id) {\n      ...CustomerViewFields\n      ...FollowUpTimeline_customer\n      ...ContactList_customer\n      ...OwnershipHistory_customer\n      ...CollaboratorList_customer\n    }\n  }\n"): (typeof documents)["\n  query CustomerPage($id: ID!) {\n    customer(id: $id) {\n      ...CustomerViewFields\n      ...FollowUpTimeline_customer\n      ...ContactList_customer\n      ...OwnershipHistory_customer\n      ...CollaboratorList_customer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DuplicateMatchItem_customer on ClashCustomer {\n    id\n    companyName\n    inPool\n    protectedUntil\n    owner {\n      name\n      departmentName\n    }\n  }\n"): (typeof documents)["\n  fragment DuplicateMatchItem_customer on ClashCustomer {\n    id\n    companyName\n    inPool\n    protectedUntil\n    owner {\n      name\n      departmentName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DuplicateMatchItem_match on DuplicateMatch {\n    verdict\n    customer {\n      ...DuplicateMatchItem_customer\n    }\n    evidence {\n      dimension\n      method\n      inputValue\n      existingValue\n      existingAlias {\n        kind\n        name\n      }\n      pairedWords {\n        input\n        existing\n      }\n      score\n      action\n      demotedBecause\n      sharedBy\n    }\n  }\n"): (typeof documents)["\n  fragment DuplicateMatchItem_match on DuplicateMatch {\n    verdict\n    customer {\n      ...DuplicateMatchItem_customer\n    }\n    evidence {\n      dimension\n      method\n      inputValue\n      existingValue\n      existingAlias {\n        kind\n        name\n      }\n      pairedWords {\n        input\n        existing\n      }\n      score\n      action\n      demotedBecause\n      sharedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DuplicatePanel_result on DuplicateCheckResult {\n    verdict\n    matches {\n      ...DuplicateMatchItem_match\n    }\n  }\n"): (typeof documents)["\n  fragment DuplicatePanel_result on DuplicateCheckResult {\n    verdict\n    matches {\n      ...DuplicateMatchItem_match\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoolMatchHold($id: ID!) {\n    poolCustomer(id: $id) {\n      id\n      claimHold {\n        code\n        until\n      }\n    }\n  }\n"): (typeof documents)["\n  query PoolMatchHold($id: ID!) {\n    poolCustomer(id: $id) {\n      id\n      claimHold {\n        code\n        until\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckDuplicates($input: DuplicateCheckInput!) {\n    checkDuplicates(input: $input) {\n      ...DuplicatePanel_result\n    }\n  }\n"): (typeof documents)["\n  query CheckDuplicates($input: DuplicateCheckInput!) {\n    checkDuplicates(input: $input) {\n      ...DuplicatePanel_result\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpItem_followUp on FollowUp {\n    id\n    type\n    content\n    occurredAt\n    nextStep\n    remindAt\n    author {\n      id\n      name\n    }\n    counted\n    createdAt\n  }\n"): (typeof documents)["\n  fragment FollowUpItem_followUp on FollowUp {\n    id\n    type\n    content\n    occurredAt\n    nextStep\n    remindAt\n    author {\n      id\n      name\n    }\n    counted\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpTimeline_customer on Customer {\n    id\n    followUps {\n      ...FollowUpItem_followUp\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpTimeline_customer on Customer {\n    id\n    followUps {\n      ...FollowUpItem_followUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogFollowUp($input: LogFollowUpInput!) {\n    logFollowUp(input: $input) {\n      followUp {\n        ...FollowUpItem_followUp\n      }\n      customer {\n        ...CustomerViewFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogFollowUp($input: LogFollowUpInput!) {\n    logFollowUp(input: $input) {\n      followUp {\n        ...FollowUpItem_followUp\n      }\n      customer {\n        ...CustomerViewFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RowCustomerLink_customer on ClashCustomer {\n    id\n    companyName\n    inPool\n    owner {\n      name\n      departmentName\n    }\n  }\n"): (typeof documents)["\n  fragment RowCustomerLink_customer on ClashCustomer {\n    id\n    companyName\n    inPool\n    owner {\n      name\n      departmentName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportClassCountsFields on ImportClassCounts {\n    NEW\n    DUPLICATE_IN_FILE\n    MATCHES_POOL\n    MATCHES_OWNED\n    INVALID\n  }\n"): (typeof documents)["\n  fragment ImportClassCountsFields on ImportClassCounts {\n    NEW\n    DUPLICATE_IN_FILE\n    MATCHES_POOL\n    MATCHES_OWNED\n    INVALID\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportOutcomeCountsFields on ImportOutcomeCounts {\n    CREATED\n    FILLED\n    MERGED\n    SKIPPED\n    FAILED\n    CANCELLED\n  }\n"): (typeof documents)["\n  fragment ImportOutcomeCountsFields on ImportOutcomeCounts {\n    CREATED\n    FILLED\n    MERGED\n    SKIPPED\n    FAILED\n    CANCELLED\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportPaceFields on ImportPace {\n    rowsPerSecond\n    secondsLeft\n  }\n"): (typeof documents)["\n  fragment ImportPaceFields on ImportPace {\n    rowsPerSecond\n    secondsLeft\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportUndoCountsFields on ImportUndoCounts {\n    removed\n    kept\n  }\n"): (typeof documents)["\n  fragment ImportUndoCountsFields on ImportUndoCounts {\n    removed\n    kept\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportJobSummaryFields on ImportJob {\n    id\n    fileName\n    fileKind\n    status\n    totalRows\n    createdAt\n    createdBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ImportJobSummaryFields on ImportJob {\n    id\n    fileName\n    fileKind\n    status\n    totalRows\n    createdAt\n    createdBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportJobDetailFields on ImportJob {\n    ...ImportJobSummaryFields\n    source\n    headers\n    mapping\n    sampleRows\n    checkedRows\n    checkedAt\n    errorCode\n    classCounts {\n      ...ImportClassCountsFields\n    }\n    choices {\n      newRows\n      duplicateInFile\n      matchesPool\n    }\n    destination {\n      kind\n      userIds\n      strategy\n      users {\n        id\n        name\n      }\n    }\n    importStartedAt\n    finishedAt\n    doneRows\n    pace {\n      ...ImportPaceFields\n    }\n    outcomeCounts {\n      ...ImportOutcomeCountsFields\n    }\n    undoCounts {\n      ...ImportUndoCountsFields\n    }\n    undoneAt\n    undoableUntil\n  }\n"): (typeof documents)["\n  fragment ImportJobDetailFields on ImportJob {\n    ...ImportJobSummaryFields\n    source\n    headers\n    mapping\n    sampleRows\n    checkedRows\n    checkedAt\n    errorCode\n    classCounts {\n      ...ImportClassCountsFields\n    }\n    choices {\n      newRows\n      duplicateInFile\n      matchesPool\n    }\n    destination {\n      kind\n      userIds\n      strategy\n      users {\n        id\n        name\n      }\n    }\n    importStartedAt\n    finishedAt\n    doneRows\n    pace {\n      ...ImportPaceFields\n    }\n    outcomeCounts {\n      ...ImportOutcomeCountsFields\n    }\n    undoCounts {\n      ...ImportUndoCountsFields\n    }\n    undoneAt\n    undoableUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportRowFields on ImportRow {\n    rowNumber\n    cells\n    class\n    earlierRow\n    outcome\n    outcomeReason\n    undo\n    problems {\n      field\n      rule\n      message\n      params {\n        name\n        value\n      }\n    }\n    match {\n      verdict\n      customer {\n        ...DuplicateMatchItem_customer\n      }\n    }\n    customer {\n      ...RowCustomerLink_customer\n    }\n  }\n"): (typeof documents)["\n  fragment ImportRowFields on ImportRow {\n    rowNumber\n    cells\n    class\n    earlierRow\n    outcome\n    outcomeReason\n    undo\n    problems {\n      field\n      rule\n      message\n      params {\n        name\n        value\n      }\n    }\n    match {\n      verdict\n      customer {\n        ...DuplicateMatchItem_customer\n      }\n    }\n    customer {\n      ...RowCustomerLink_customer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportJobDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelImport($id: ID!) {\n    cancelImport(id: $id) {\n      ...ImportJobDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) {\n      ...ImportJobDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommitImport($input: CommitImportInput!) {\n    commitImport(input: $input) {\n      ...ImportJobDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobDetailFields\n    }\n  }\n"): (typeof documents)["\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJobs {\n    importJobs {\n      ...ImportJobSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query ImportJobs {\n    importJobs {\n      ...ImportJobSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ImportProgress($id: ID!) {\n    importProgress(id: $id) {\n      id\n      status\n      totalRows\n      checkedRows\n      classCounts {\n        ...ImportClassCountsFields\n      }\n      doneRows\n      importStartedAt\n      pace {\n        ...ImportPaceFields\n      }\n      outcomeCounts {\n        ...ImportOutcomeCountsFields\n      }\n      undoCounts {\n        ...ImportUndoCountsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ImportProgress($id: ID!) {\n    importProgress(id: $id) {\n      id\n      status\n      totalRows\n      checkedRows\n      classCounts {\n        ...ImportClassCountsFields\n      }\n      doneRows\n      importStartedAt\n      pace {\n        ...ImportPaceFields\n      }\n      outcomeCounts {\n        ...ImportOutcomeCountsFields\n      }\n      undoCounts {\n        ...ImportUndoCountsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportRows($id: ID!, $class: ImportRowClass, $outcome: ImportOutcome, $undo: [ImportUndoResult!], $afterRow: Int!, $first: Int!) {\n    importJob(id: $id) {\n      id\n      rows(class: $class, outcome: $outcome, undo: $undo, afterRow: $afterRow, first: $first) {\n        ...ImportRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportRows($id: ID!, $class: ImportRowClass, $outcome: ImportOutcome, $undo: [ImportUndoResult!], $afterRow: Int!, $first: Int!) {\n    importJob(id: $id) {\n      id\n      rows(class: $class, outcome: $outcome, undo: $undo, afterRow: $afterRow, first: $first) {\n        ...ImportRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      ...ImportJobDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      ...ImportJobDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoImport($id: ID!) {\n    undoImport(id: $id) {\n      ...ImportJobDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UndoImport($id: ID!) {\n    undoImport(id: $id) {\n      ...ImportJobDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserDisabled($userId: ID!, $disabled: Boolean!) {\n    setUserDisabled(userId: $userId, disabled: $disabled) {\n      id\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignCustomers($input: ReassignCustomersInput!) {\n    reassignCustomers(input: $input) {\n      ...AssignResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignCustomers($input: ReassignCustomersInput!) {\n    reassignCustomers(input: $input) {\n      ...AssignResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseCustomers($input: ReleaseCustomersInput!) {\n    releaseCustomers(input: $input) {\n      customerId\n      ok\n      code\n      message\n      companyName\n      previousOwner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseCustomers($input: ReleaseCustomersInput!) {\n    releaseCustomers(input: $input) {\n      customerId\n      ok\n      code\n      message\n      companyName\n      previousOwner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    createdAt\n    latestAt\n    readAt\n    clash {\n      ...ClashAlertFields\n    }\n    reminder {\n      customerId\n      companyName\n      protectionEnd\n    }\n    ownership {\n      by {\n        name\n        departmentName\n      }\n      customerCount\n      customer {\n        id\n        companyName\n      }\n      receiver {\n        name\n      }\n    }\n    importJob {\n      id\n      fileName\n      status\n      totalRows\n      doneRows\n      outcomeCounts {\n        CREATED\n        SKIPPED\n        FAILED\n      }\n      undoCounts {\n        removed\n        kept\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    createdAt\n    latestAt\n    readAt\n    clash {\n      ...ClashAlertFields\n    }\n    reminder {\n      customerId\n      companyName\n      protectionEnd\n    }\n    ownership {\n      by {\n        name\n        departmentName\n      }\n      customerCount\n      customer {\n        id\n        companyName\n      }\n      receiver {\n        name\n      }\n    }\n    importJob {\n      id\n      fileName\n      status\n      totalRows\n      doneRows\n      outcomeCounts {\n        CREATED\n        SKIPPED\n        FAILED\n      }\n      undoCounts {\n        removed\n        kept\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClashAlertFields on ClashAlert {\n    id\n    attemptedAt\n    attemptedBy {\n      name\n      departmentName\n    }\n    customer {\n      id\n      companyName\n      inPool\n      protectedUntil\n      owner {\n        name\n        departmentName\n      }\n    }\n    verdict\n    dimensions\n    attemptedName\n    attemptCount\n  }\n"): (typeof documents)["\n  fragment ClashAlertFields on ClashAlert {\n    id\n    attemptedAt\n    attemptedBy {\n      name\n      departmentName\n    }\n    customer {\n      id\n      companyName\n      inPool\n      protectedUntil\n      owner {\n        name\n        departmentName\n      }\n    }\n    verdict\n    dimensions\n    attemptedName\n    attemptCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClashAlerts {\n    clashAlerts {\n      ...ClashAlertFields\n    }\n  }\n"): (typeof documents)["\n  subscription ClashAlerts {\n    clashAlerts {\n      ...ClashAlertFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ImportNoticeProgress($id: ID!) {\n    importProgress(id: $id) {\n      id\n      status\n      doneRows\n    }\n  }\n"): (typeof documents)["\n  subscription ImportNoticeProgress($id: ID!) {\n    importProgress(id: $id) {\n      id\n      status\n      doneRows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      edges {\n        ...NotificationItem_notification\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!) {\n    notifications(first: $first) {\n      unreadCount\n      edges {\n        ...NotificationItem_notification\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAllClashAlerts($enabled: Boolean!) {\n    setAllClashAlerts(enabled: $enabled) {\n      id\n      allClashAlerts\n    }\n  }\n"): (typeof documents)["\n  mutation SetAllClashAlerts($enabled: Boolean!) {\n    setAllClashAlerts(enabled: $enabled) {\n      id\n      allClashAlerts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications {\n    notifications {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotifications {\n    notifications {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PoolEntryFields on PoolEntry {\n    kind\n    reason\n    reasonDetail {\n      ...EntryReasonFields\n    }\n    enteredAt\n    previousOwner {\n      name\n      departmentName\n    }\n  }\n"): (typeof documents)["\n  fragment PoolEntryFields on PoolEntry {\n    kind\n    reason\n    reasonDetail {\n      ...EntryReasonFields\n    }\n    enteredAt\n    previousOwner {\n      name\n      departmentName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PoolCustomerCard_customer on PoolCustomer {\n    id\n    companyName\n    tier {\n      code\n      name\n    }\n    industry\n    region {\n      id\n      name\n    }\n    tags\n    entry {\n      ...PoolEntryFields\n    }\n    claimHold {\n      code\n      until\n    }\n  }\n"): (typeof documents)["\n  fragment PoolCustomerCard_customer on PoolCustomer {\n    id\n    companyName\n    tier {\n      code\n      name\n    }\n    industry\n    region {\n      id\n      name\n    }\n    tags\n    entry {\n      ...PoolEntryFields\n    }\n    claimHold {\n      code\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PoolEntryTimeline_customer on PoolCustomer {\n    id\n    poolHistory {\n      ...PoolEntryFields\n    }\n  }\n"): (typeof documents)["\n  fragment PoolEntryTimeline_customer on PoolCustomer {\n    id\n    poolHistory {\n      ...PoolEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PoolFollowUps_customer on PoolCustomer {\n    id\n    followUps {\n      id\n      type\n      content\n      occurredAt\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PoolFollowUps_customer on PoolCustomer {\n    id\n    followUps {\n      id\n      type\n      content\n      occurredAt\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntryReasonFields on EntryReason {\n    kind\n    rules\n    followUpDays\n    noDealDays\n    code\n    label\n    note\n  }\n"): (typeof documents)["\n  fragment EntryReasonFields on EntryReason {\n    kind\n    rules\n    followUpDays\n    noDealDays\n    code\n    label\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignResultFields on AssignResult {\n    customerId\n    ok\n    code\n    message\n    companyName\n    assignee {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AssignResultFields on AssignResult {\n    customerId\n    ok\n    code\n    message\n    companyName\n    assignee {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCustomers($input: AssignCustomersInput!) {\n    assignCustomers(input: $input) {\n      ...AssignResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignCustomers($input: AssignCustomersInput!) {\n    assignCustomers(input: $input) {\n      ...AssignResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignableReps {\n    teamMembers {\n      id\n      name\n      role\n      disabled\n      department {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssignableReps {\n    teamMembers {\n      id\n      name\n      role\n      disabled\n      department {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimCustomers($ids: [ID!]!) {\n    claimCustomers(ids: $ids) {\n      customerId\n      ok\n      code\n      message\n      retryAt\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimCustomers($ids: [ID!]!) {\n    claimCustomers(ids: $ids) {\n      customerId\n      ok\n      code\n      message\n      retryAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimQuota {\n    claimQuota {\n      claimedToday\n      dailyLimit\n      day\n      holdings\n      holdingCap\n    }\n  }\n"): (typeof documents)["\n  query ClaimQuota {\n    claimQuota {\n      claimedToday\n      dailyLimit\n      day\n      holdings\n      holdingCap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PoolChanged {\n    poolChanged {\n      kind\n      customerIds\n    }\n  }\n"): (typeof documents)["\n  subscription PoolChanged {\n    poolChanged {\n      kind\n      customerIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoolCustomerHistory($id: ID!) {\n    poolCustomer(id: $id) {\n      id\n      source\n      ...PoolCustomerCard_customer\n      ...PoolEntryTimeline_customer\n      ...PoolFollowUps_customer\n    }\n  }\n"): (typeof documents)["\n  query PoolCustomerHistory($id: ID!) {\n    poolCustomer(id: $id) {\n      id\n      source\n      ...PoolCustomerCard_customer\n      ...PoolEntryTimeline_customer\n      ...PoolFollowUps_customer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoolFilterValues {\n    industries(pool: true)\n    sources(pool: true)\n  }\n"): (typeof documents)["\n  query PoolFilterValues {\n    industries(pool: true)\n    sources(pool: true)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoolCustomers($filter: PoolFilter, $first: Int!, $after: String) {\n    poolCustomers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...PoolCustomerCard_customer\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PoolCustomers($filter: PoolFilter, $first: Int!, $after: String) {\n    poolCustomers(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...PoolCustomerCard_customer\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnCustomer($customerId: ID!, $reasonCode: String!, $note: String) {\n    returnCustomer(customerId: $customerId, reasonCode: $reasonCode, note: $note)\n  }\n"): (typeof documents)["\n  mutation ReturnCustomer($customerId: ID!, $reasonCode: String!, $note: String) {\n    returnCustomer(customerId: $customerId, reasonCode: $reasonCode, note: $note)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReturnReasons {\n    returnReasons {\n      code\n      label\n      noteRequired\n    }\n  }\n"): (typeof documents)["\n  query ReturnReasons {\n    returnReasons {\n      code\n      label\n      noteRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DuplicateRulesForm_rules on DuplicateRules {\n    similarNameThreshold\n    rules {\n      dimension\n      method\n      enabled\n      action\n    }\n  }\n"): (typeof documents)["\n  fragment DuplicateRulesForm_rules on DuplicateRules {\n    similarNameThreshold\n    rules {\n      dimension\n      method\n      enabled\n      action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PoolPolicyForm_policy on PoolPolicy {\n    teamTimeZone\n    protectionDays {\n      default\n      byTier {\n        tier\n        days\n      }\n    }\n    followUpTypes\n    minFollowUpLength\n    extensionDays\n    noDealDays {\n      default\n      byTier {\n        tier\n        days\n      }\n    }\n    combination\n    excludeWon\n    excludeLocked\n    reminderLeadDays\n    dailyClaimLimit\n    holdingCap\n    holdingCapCountsWon\n    previousOwnerCooldownDays\n    newEntryCooldownHours\n    departuresNeedApproval\n    crossDepartmentMovesNeedApproval\n    returnReasons {\n      code\n      label\n      noteRequired\n    }\n  }\n"): (typeof documents)["\n  fragment PoolPolicyForm_policy on PoolPolicy {\n    teamTimeZone\n    protectionDays {\n      default\n      byTier {\n        tier\n        days\n      }\n    }\n    followUpTypes\n    minFollowUpLength\n    extensionDays\n    noDealDays {\n      default\n      byTier {\n        tier\n        days\n      }\n    }\n    combination\n    excludeWon\n    excludeLocked\n    reminderLeadDays\n    dailyClaimLimit\n    holdingCap\n    holdingCapCountsWon\n    previousOwnerCooldownDays\n    newEntryCooldownHours\n    departuresNeedApproval\n    crossDepartmentMovesNeedApproval\n    returnReasons {\n      code\n      label\n      noteRequired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicateRules {\n    duplicateRules {\n      ...DuplicateRulesForm_rules\n    }\n  }\n"): (typeof documents)["\n  query DuplicateRules {\n    duplicateRules {\n      ...DuplicateRulesForm_rules\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewPoolPolicy($input: PoolPolicyInput!) {\n    previewPoolPolicy(input: $input) {\n      horizonDays\n      total\n      totalUnderCurrent\n      reps {\n        count\n        rep {\n          id\n          name\n        }\n        customers {\n          customerId\n          companyName\n          recycleAt\n          reason\n          reasonDetail {\n            ...EntryReasonFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewPoolPolicy($input: PoolPolicyInput!) {\n    previewPoolPolicy(input: $input) {\n      horizonDays\n      total\n      totalUnderCurrent\n      reps {\n        count\n        rep {\n          id\n          name\n        }\n        customers {\n          customerId\n          companyName\n          recycleAt\n          reason\n          reasonDetail {\n            ...EntryReasonFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoolPolicy {\n    poolPolicy {\n      ...PoolPolicyForm_policy\n    }\n    tiers {\n      code\n      name\n      rank\n    }\n  }\n"): (typeof documents)["\n  query PoolPolicy {\n    poolPolicy {\n      ...PoolPolicyForm_policy\n    }\n    tiers {\n      code\n      name\n      rank\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoolPolicyVersions($first: Int!) {\n    poolPolicyVersions(first: $first) {\n      version\n      changedAt\n      changedBy {\n        id\n        name\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query PoolPolicyVersions($first: Int!) {\n    poolPolicyVersions(first: $first) {\n      version\n      changedAt\n      changedBy {\n        id\n        name\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDuplicateRules($input: DuplicateRulesInput!) {\n    updateDuplicateRules(input: $input) {\n      ...DuplicateRulesForm_rules\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDuplicateRules($input: DuplicateRulesInput!) {\n    updateDuplicateRules(input: $input) {\n      ...DuplicateRulesForm_rules\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePoolPolicy($input: PoolPolicyInput!) {\n    updatePoolPolicy(input: $input) {\n      version\n      protectionEndsMoved\n      policy {\n        ...PoolPolicyForm_policy\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePoolPolicy($input: PoolPolicyInput!) {\n    updatePoolPolicy(input: $input) {\n      version\n      protectionEndsMoved\n      policy {\n        ...PoolPolicyForm_policy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments {\n    departments {\n      id\n      name\n      parentId\n    }\n  }\n"): (typeof documents)["\n  query Departments {\n    departments {\n      id\n      name\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamFigures_fields on TeamFigures {\n    holdings\n    claimsToday\n    protectionEndsIn3Days\n    protectionEndsIn7Days\n    recyclesIn7Days\n    followedUpIn7Days\n  }\n"): (typeof documents)["\n  fragment TeamFigures_fields on TeamFigures {\n    holdings\n    claimsToday\n    protectionEndsIn3Days\n    protectionEndsIn7Days\n    recyclesIn7Days\n    followedUpIn7Days\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamLoad($departmentId: ID) {\n    teamLoad(departmentId: $departmentId) {\n      asOf\n      department {\n        id\n        name\n      }\n      holdingCap\n      dailyClaimLimit\n      holdingCapCountsWon\n      totals {\n        ...TeamFigures_fields\n      }\n      reps {\n        rep {\n          id\n          name\n          disabled\n          department {\n            id\n            name\n          }\n        }\n        figures {\n          ...TeamFigures_fields\n        }\n        nearCap\n        claimsUsed\n        lastActivityAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamLoad($departmentId: ID) {\n    teamLoad(departmentId: $departmentId) {\n      asOf\n      department {\n        id\n        name\n      }\n      holdingCap\n      dailyClaimLimit\n      holdingCapCountsWon\n      totals {\n        ...TeamFigures_fields\n      }\n      reps {\n        rep {\n          id\n          name\n          disabled\n          department {\n            id\n            name\n          }\n        }\n        figures {\n          ...TeamFigures_fields\n        }\n        nearCap\n        claimsUsed\n        lastActivityAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransferProgressFields on TransferProgress {\n    requestId\n    status\n    total\n    done\n    moved\n    failed\n  }\n"): (typeof documents)["\n  fragment TransferProgressFields on TransferProgress {\n    requestId\n    status\n    total\n    done\n    moved\n    failed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransferCountsFields on TransferCounts {\n    customers\n    contacts\n    followUps\n    openReminders\n  }\n"): (typeof documents)["\n  fragment TransferCountsFields on TransferCounts {\n    customers\n    contacts\n    followUps\n    openReminders\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransferSummaryFields on TransferRequest {\n    id\n    status\n    departure\n    receiverMode\n    needsApproval\n    canDecide\n    requestedAt\n    from {\n      id\n      name\n    }\n    receivers {\n      id\n      name\n    }\n    requestedBy {\n      id\n      name\n    }\n    counts {\n      ...TransferCountsFields\n    }\n    progress {\n      ...TransferProgressFields\n    }\n  }\n"): (typeof documents)["\n  fragment TransferSummaryFields on TransferRequest {\n    id\n    status\n    departure\n    receiverMode\n    needsApproval\n    canDecide\n    requestedAt\n    from {\n      id\n      name\n    }\n    receivers {\n      id\n      name\n    }\n    requestedBy {\n      id\n      name\n    }\n    counts {\n      ...TransferCountsFields\n    }\n    progress {\n      ...TransferProgressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransferDetailFields on TransferRequest {\n    ...TransferSummaryFields\n    note\n    keepReadDays\n    decidedAt\n    decisionComment\n    startedAt\n    finishedAt\n    decidedBy {\n      id\n      name\n    }\n    perReceiver {\n      customers\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TransferDetailFields on TransferRequest {\n    ...TransferSummaryFields\n    note\n    keepReadDays\n    decidedAt\n    decisionComment\n    startedAt\n    finishedAt\n    decidedBy {\n      id\n      name\n    }\n    perReceiver {\n      customers\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideTransfer($id: ID!, $approve: Boolean!, $comment: String) {\n    decideTransfer(id: $id, approve: $approve, comment: $comment) {\n      ...TransferDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideTransfer($id: ID!, $approve: Boolean!, $comment: String) {\n    decideTransfer(id: $id, approve: $approve, comment: $comment) {\n      ...TransferDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTransfer($input: TransferInput!) {\n    startTransfer(input: $input) {\n      ...TransferDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartTransfer($input: TransferInput!) {\n    startTransfer(input: $input) {\n      ...TransferDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewTransfer($input: TransferPlanInput!) {\n    previewTransfer(input: $input) {\n      needsApproval\n      counts {\n        ...TransferCountsFields\n      }\n      perReceiver {\n        customers\n        room\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewTransfer($input: TransferPlanInput!) {\n    previewTransfer(input: $input) {\n      needsApproval\n      counts {\n        ...TransferCountsFields\n      }\n      perReceiver {\n        customers\n        room\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransferProgress($id: ID!) {\n    transferProgress(id: $id) {\n      ...TransferProgressFields\n    }\n  }\n"): (typeof documents)["\n  subscription TransferProgress($id: ID!) {\n    transferProgress(id: $id) {\n      ...TransferProgressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferRequest($id: ID!) {\n    transferRequest(id: $id) {\n      ...TransferDetailFields\n    }\n    failedItems: transferItems(id: $id, onlyFailed: true, first: 100) {\n      customerId\n      companyName\n      outcome\n      doneAt\n      to {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TransferRequest($id: ID!) {\n    transferRequest(id: $id) {\n      ...TransferDetailFields\n    }\n    failedItems: transferItems(id: $id, onlyFailed: true, first: 100) {\n      customerId\n      companyName\n      outcome\n      doneAt\n      to {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferRequests($first: Int!) {\n    transferRequests(first: $first) {\n      ...TransferSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query TransferRequests($first: Int!) {\n    transferRequests(first: $first) {\n      ...TransferSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLocale($locale: String!) {\n    setMyLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;