interface ImportMetaEnv {
  /** A hash of shared/schemas, set by the build (vite.config.ts); unset when the app runs unbuilt. */
  readonly LEERLUST_SCHEMA_STAMP?: string;
}
