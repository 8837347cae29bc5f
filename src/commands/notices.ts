/** What every adapter says, privately, when it cannot give an answer. */
export const NOTICES = {
  apology: 'Sorry, something went wrong while answering. It has been logged; please try again.',
  notYourPages: 'Only the person who asked can turn these pages. Run the command yourself to get your own copy.',
  expired: 'This list has expired (the bot restarted). Please run the command again.',
  noText: 'That message has no text I can look up (only attachments or embeds).',
  changed: 'The reports have changed since this answer was given. Please run the command again.',
  votedThanks: 'Thanks for the feedback.',
  placeLoading: 'The reports of this place are still loading (its first question in a while): please ask again in a few seconds.',
  dislikedThanks: 'Thanks: noted that this answer did not help (the question and the passages, not who you are), for whoever manages the reports here.',
} as const;
