/** Moving the library between `content/library/` files and the CMS, both ways. */
export { exportLibrary } from './export-library.ts'
export { importLibrary, type ImportCounts, type ImportReport } from './import-library.ts'
