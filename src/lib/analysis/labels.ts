/** What the site shows for metadata the source does not state. */
export const NOT_STATED = 'not stated in the source';
