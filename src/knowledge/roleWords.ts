/**
 * Parts people play in a transcript rather than names: a label "Moderator:" or "OPERATOR"
 * is whoever has that part. One list, read by the label template and by the turns.
 */
export const ROLE_LABELS = [
  'moderator', 'chair', 'chairman', 'chairwoman', 'chairperson', 'host', 'co-host', 'presenter', 'interviewer',
  'narrator', 'announcer', 'facilitator', 'audience', 'audience member', 'questioner', 'voice', 'male voice',
  'female voice', 'reporter', 'operator', 'clerk', 'secretary', 'treasurer', 'member', 'participant', 'speaker',
  'caller', 'panelist', 'panellist', 'interpreter', 'translator', 'witness', 'examiner', 'respondent', 'guest',
  'president', 'vice-president', 'rapporteur', 'judge', 'court', 'anchor', 'delegate', 'representative',
  'councilmember', 'council member', 'councillor', 'councilor', 'alderman', 'alderwoman', 'commissioner', 'trustee',
  'mayor pro tem', 'spokesperson',
] as const;

export const ROLE_LABEL_WORDS: ReadonlySet<string> = new Set(ROLE_LABELS);
