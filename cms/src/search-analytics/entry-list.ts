/** The `<datalist>` SearchAnalyticsView renders once, listing every entry as `Title (Type) #collection:id` for "Add as alias to …". */
export const ENTRY_LIST_ID = 'kb-alias-entries'
