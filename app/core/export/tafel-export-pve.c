/* tafel-export-pve.c: the Programma van Eisen workbook
 *
 * Sheets: a cover with what the traject is, which version this is and how
 * far it got; the numbered requirements (tafel-export-pve-eisen.c); one
 * row per deelproduct with the aspects a verordening asks for; the decided
 * intensity and duration beside the spread of the proposals
 * (tafel-export-pve-intensiteit.c); the decided function mix and group
 * parameters (idem); the cost-price build-up as live formulas
 * (tafel-export-pve-tarieven.c); every live geeltje with what was done with
 * it and the requirements it went into (tafel-export-pve-geeltjes.c); the
 * participants, unless left out; the open findings of the checks. The data
 * is read with a few joined queries inside one read transaction, so the
 * sheets agree with each other even while another program writes. Only
 * when the file is complete is the export logged, in one batch.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tafel-controle.h"
#include "tafel-eis-nummer.h"
#include "tafel-error.h"
#include "tafel-export-pve-private.h"

enum {
  COVER_LABEL,
  COVER_VALUE,
};

static const char *const deelproduct_headers[] = {
  N_("Product group"),
  N_("Deelproduct"),
  N_("Inkoopniveau"),
  N_("Productcode"),
  N_("Uitvoeringsvariant"),
  N_("Target groups"),
  N_("Activities"),
  N_("Lead time"),
  N_("Intensity"),
  N_("Quality"),
  N_("Intended result"),
  N_("Maximum duration and frequency"),
  N_("Sticky notes"),
};

static const char *const sessie_headers[] = {
  N_("Session"),
  N_("Date"),
  N_("Time"),
  N_("Theme"),
  N_("Location"),
};

void
_tafel_pve_write_header (TafelXlsxSheet    *sheet,
                         guint32            row,
                         const char *const *msgids,
                         guint              n)
{
  const char *titles[32];

  g_assert (n <= G_N_ELEMENTS (titles));
  for (guint i = 0; i < n; i++)
    titles[i] = _(msgids[i]);

  tafel_xlsx_header (sheet, row, titles, n);
}

/* Ends a read; @rc is the last step result. */
gboolean
_tafel_pve_finish_query (TafelPveExport *ex,
                         sqlite3_stmt   *stmt,
                         int             rc,
                         GError        **error)
{
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      tafel_db_set_error (error, _tafel_store_get_db (ex->store), rc,
                          tafel_store_get_path (ex->store));
      return FALSE;
    }

  return TRUE;
}

static gboolean
load_traject (TafelPveExport  *ex,
              GError         **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (!tafel_store_count (ex->store, ex->traject_id, &ex->counts, error))
    return FALSE;

  ex->sessies = tafel_store_list (ex->store, TAFEL_TYPE_SESSIE, ex->traject_id, error);
  if (ex->sessies == NULL)
    return FALSE;
  ex->deelproducten = tafel_store_list (ex->store, TAFEL_TYPE_DEELPRODUCT, ex->traject_id, error);
  if (ex->deelproducten == NULL)
    return FALSE;

  stmt = _tafel_store_prepare (ex->store,
                               "SELECT status, deelproduct_id, count(*) FROM geeltje"
                               " WHERE traject_id = ?1 AND deleted_at IS NULL"
                               " GROUP BY status, deelproduct_id", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, ex->traject_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int status = tafel_choice_index (tafel_geeltje_statuses, (const char *) sqlite3_column_text (stmt, 0));
      gint64 deelproduct_id = sqlite3_column_int64 (stmt, 1);
      guint n = sqlite3_column_int (stmt, 2);
      gpointer key = GSIZE_TO_POINTER ((gsize) deelproduct_id);

      if (status >= 0 && status < (int) G_N_ELEMENTS (ex->n_per_status))
        ex->n_per_status[status] += n;

      n += GPOINTER_TO_UINT (g_hash_table_lookup (ex->n_per_deelproduct, key));
      g_hash_table_insert (ex->n_per_deelproduct, key, GUINT_TO_POINTER (n));
    }

  if (!_tafel_pve_finish_query (ex, stmt, rc, error))
    return FALSE;

  ex->eisen = tafel_store_list (ex->store, TAFEL_TYPE_EIS, ex->traject_id, error);
  if (ex->eisen == NULL)
    return FALSE;
  ex->nummers = tafel_eis_nummers_full (ex->store, ex->traject_id, &ex->generated, &ex->generated_nummers, error);
  if (ex->nummers == NULL)
    return FALSE;
  ex->findings = tafel_controle_run (ex->store, ex->traject_id, error);
  return ex->findings != NULL;
}

/* ---- anonymous organisations ------------------------------------------- */

/**
 * tafel_pve_anonymous_name:
 * @index: 0 for the first organisation
 *
 * "Provider A" … "Provider Z", "Provider AA", "Provider AB" … (translated).
 */
char *
tafel_pve_anonymous_name (guint index)
{
  char letters[16];
  guint pos = sizeof letters - 1;
  guint n = index + 1;

  letters[pos] = '\0';
  while (n > 0 && pos > 0)
    {
      n--;
      letters[--pos] = 'A' + n % 26;
      n /= 26;
    }

  /* Translators: an organisation whose name is left out of the workbook;
   * %s is a letter (A, B, …, AA) */
  return g_strdup_printf (_("Provider %s"), letters + pos);
}

/* @name, or its alias when anonymising: the same alias for the same name
 * everywhere in the workbook, in the order the names first come up. */
const char *
_tafel_pve_organisation (TafelPveExport *ex,
                         const char     *name)
{
  char *alias;

  if (!ex->options->anonymise || name == NULL || *name == '\0')
    return name;

  alias = g_hash_table_lookup (ex->aliases, name);
  if (alias == NULL)
    {
      alias = tafel_pve_anonymous_name (g_hash_table_size (ex->aliases));
      g_hash_table_insert (ex->aliases, g_strdup (name), alias);
    }

  return alias;
}

/* ---- Voorblad --------------------------------------------------------- */

static void
cover_row (TafelXlsxSheet *sheet,
           guint32        *row,
           const char     *label,
           const char     *value)
{
  tafel_xlsx_label (sheet, *row, COVER_LABEL, label);
  tafel_xlsx_text (sheet, *row, COVER_VALUE, value);
  (*row)++;
}

static void
cover_count (TafelXlsxSheet *sheet,
             guint32        *row,
             const char     *label,
             guint           n)
{
  tafel_xlsx_label (sheet, *row, COVER_LABEL, label);
  tafel_xlsx_number (sheet, *row, COVER_VALUE, n);
  (*row)++;
}

static gboolean
write_cover (TafelPveExport  *ex,
             GError         **error)
{
  TafelTraject *t = ex->traject;
  GPtrArray *sessies = ex->sessies;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  TafelXlsxSheet *sheet;
  guint32 row = 0;

  /* Translators: the name of the first sheet of the Programma van Eisen
   * workbook; at most 31 characters, none of [ ] : * ? / \ in it */
  sheet = tafel_xlsx_add_sheet (ex->xlsx, _("Cover"), error);
  if (sheet == NULL)
    return FALSE;

  tafel_xlsx_title (sheet, row++, 0, _("Programma van Eisen"), FALSE);
  tafel_xlsx_title (sheet, row++, 0, tafel_traject_get_name (t), TRUE);
  row++;

  cover_row (sheet, &row, _("Traject"), tafel_traject_get_name (t));
  cover_row (sheet, &row, _("Region"), tafel_traject_get_region (t));
  cover_row (sheet, &row, _("Perceel"), tafel_traject_get_perceel (t));
  cover_row (sheet, &row, _("Uitvoeringsvariant"),
             tafel_choice_label (tafel_uitvoeringsvarianten, tafel_traject_get_uitvoeringsvariant (t)));
  cover_row (sheet, &row, _("Status"),
             tafel_choice_label (tafel_traject_statuses, tafel_traject_get_status (t)));
  cover_row (sheet, &row, _("Version"), ex->version);
  tafel_xlsx_label (sheet, row, COVER_LABEL, _("Export date"));
  tafel_xlsx_date (sheet, row++, COVER_VALUE, today);
  if (ex->options->anonymise)
    cover_row (sheet, &row, _("Organisations"), _("Anonymised: “Provider A”, “Provider B”, …"));
  if (ex->options->final && ex->findings->len > 0)
    tafel_xlsx_note (sheet, row++, COVER_LABEL,
                     _("Final with open findings: see the sheet with the checks."));
  row++;

  tafel_xlsx_header (sheet, row++, (const char *[]) { _("Counts"), _("Number") }, 2);
  cover_count (sheet, &row, _("Sessions"), ex->counts.n_sessies);
  cover_count (sheet, &row, _("Organisations"), ex->counts.n_organisaties);
  cover_count (sheet, &row, _("Participants"), ex->counts.n_deelnemers);
  cover_count (sheet, &row, _("Deelproducten"), ex->counts.n_deelproducten);
  cover_count (sheet, &row, _("Sticky notes"), ex->counts.n_geeltjes);
  for (guint i = 0; i < G_N_ELEMENTS (ex->n_per_status) && tafel_geeltje_statuses[i].id != NULL; i++)
    {
      /* Translators: a count on the cover sheet, e.g. "Sticky notes: Processed" */
      g_autofree char *label = g_strdup_printf (_("Sticky notes: %s"), _(tafel_geeltje_statuses[i].label));

      cover_count (sheet, &row, label, ex->n_per_status[i]);
    }
  cover_count (sheet, &row, _("Requirements"), ex->generated->len + g_hash_table_size (ex->nummers));
  cover_count (sheet, &row, _("Open findings"), ex->findings->len);
  row++;

  /* The legend of the kinds of requirement. */
  tafel_xlsx_header (sheet, row++, (const char *[]) { _("Kind"), _("Meaning") }, 2);
  cover_row (sheet, &row, tafel_choice_label (tafel_eis_soorten, "eis"),
             _("A provider that does not meet it is excluded."));
  cover_row (sheet, &row, tafel_choice_label (tafel_eis_soorten, "wens"),
             _("Scored in the award of the contract, with its weight."));
  row++;

  _tafel_pve_write_header (sheet, row++, sessie_headers, G_N_ELEMENTS (sessie_headers));
  for (guint i = 0; i < sessies->len; i++)
    {
      TafelSessie *s = g_ptr_array_index (sessies, i);
      const char *start = tafel_sessie_get_start_time (s);
      const char *end = tafel_sessie_get_end_time (s);
      g_autofree char *time = NULL;

      if (start != NULL && end != NULL)
        time = g_strdup_printf ("%s–%s", start, end);
      else if (start != NULL)
        time = g_strdup (start);

      tafel_xlsx_text (sheet, row, 0, tafel_sessie_get_name (s));
      tafel_xlsx_date (sheet, row, 1, tafel_sessie_get_date (s));
      tafel_xlsx_text (sheet, row, 2, time);
      tafel_xlsx_text (sheet, row, 3, tafel_sessie_get_theme (s));
      tafel_xlsx_text (sheet, row, 4, tafel_sessie_get_location (s));
      row++;
    }

  tafel_xlsx_print (sheet, tafel_traject_get_name (t));
  return tafel_xlsx_check (ex->xlsx, error);
}

/* ---- Deelproducten ------------------------------------------------------ */

static gboolean
write_deelproducten (TafelPveExport  *ex,
                     GError         **error)
{
  g_autoptr(GPtrArray) groups = NULL;
  GPtrArray *deelproducten = ex->deelproducten;
  g_autoptr(GHashTable) group_names = g_hash_table_new (NULL, NULL);
  const char *traject_variant = tafel_traject_get_uitvoeringsvariant (ex->traject);
  TafelXlsxSheet *sheet;
  guint32 row = 0;

  groups = tafel_store_list (ex->store, TAFEL_TYPE_PRODUCTGROEP, ex->traject_id, error);
  if (groups == NULL)
    return FALSE;

  for (guint i = 0; i < groups->len; i++)
    {
      TafelProductgroep *g = g_ptr_array_index (groups, i);

      g_hash_table_insert (group_names, GSIZE_TO_POINTER ((gsize) tafel_entity_get_id (TAFEL_ENTITY (g))),
                           (gpointer) tafel_productgroep_get_name (g));
    }

  /* Translators: a sheet name; at most 31 characters, none of [ ] : * ? / \ in it */
  sheet = tafel_xlsx_add_sheet (ex->xlsx, _("Deelproducten"), error);
  if (sheet == NULL)
    return FALSE;

  _tafel_pve_write_header (sheet, row++, deelproduct_headers, G_N_ELEMENTS (deelproduct_headers));

  for (guint i = 0; i < deelproducten->len; i++, row++)
    {
      TafelDeelproduct *dp = g_ptr_array_index (deelproducten, i);
      TafelEntity *entity = TAFEL_ENTITY (dp);
      gint64 group_id = tafel_deelproduct_get_productgroep_id (dp);
      const char *variant = tafel_deelproduct_get_uitvoeringsvariant (dp);
      g_autofree char *max = tafel_deelproduct_dup_max_duur_frequentie (dp);
      gpointer key = GSIZE_TO_POINTER ((gsize) tafel_entity_get_id (entity));
      guint col = 0;

      tafel_xlsx_text (sheet, row, col++, g_hash_table_lookup (group_names, GSIZE_TO_POINTER ((gsize) group_id)));
      tafel_xlsx_text (sheet, row, col++, tafel_deelproduct_get_name (dp));
      tafel_xlsx_text (sheet, row, col++,
                       tafel_choice_label (tafel_inkoopniveaus, tafel_deelproduct_get_inkoopniveau (dp)));
      /* A code such as 054001 is text: it keeps its leading zero. */
      tafel_xlsx_text (sheet, row, col++, tafel_deelproduct_get_productcode (dp));
      if (g_strcmp0 (variant, "traject") == 0)
        tafel_xlsx_text (sheet, row, col++, tafel_choice_label (tafel_uitvoeringsvarianten, traject_variant));
      else
        tafel_xlsx_text (sheet, row, col++, tafel_choice_label (tafel_deelproduct_varianten, variant));

      /* The verordening aspects; the seventh, productcode, is above. */
      for (const char *const *aspect = tafel_verordening_aspects; *aspect != NULL; aspect++)
        if (!g_str_equal (*aspect, "productcode"))
          tafel_xlsx_text (sheet, row, col++, tafel_entity_get_string (entity, *aspect));
      g_assert (col == G_N_ELEMENTS (deelproduct_headers) - 2);

      tafel_xlsx_text (sheet, row, col++, max);
      tafel_xlsx_number (sheet, row, col++,
                         GPOINTER_TO_UINT (g_hash_table_lookup (ex->n_per_deelproduct, key)));

      if (!tafel_xlsx_check (ex->xlsx, error))
        return FALSE;
    }

  tafel_xlsx_table (sheet, 0, row - 1, G_N_ELEMENTS (deelproduct_headers));
  tafel_xlsx_print (sheet, tafel_traject_get_name (ex->traject));
  return tafel_xlsx_check (ex->xlsx, error);
}

/* ---- the workbook ------------------------------------------------------- */

static gboolean
write_workbook (TafelPveExport  *ex,
                const char      *path,
                GError         **error)
{
  g_autofree char *title = NULL;
  g_autofree char *comments = NULL;
  TafelXlsxProperties props = { 0 };

  if (!load_traject (ex, error))
    return FALSE;

  /* Constant memory: each row goes to disk as soon as the next one starts,
   * so memory stays flat however many geeltjes there are, and strings are
   * written inline (no shared-string table), which Excel and LibreOffice
   * read as they should. Every sheet below is written strictly top to
   * bottom, which this mode needs. */
  ex->xlsx = tafel_xlsx_new (path, TRUE, error);
  if (ex->xlsx == NULL)
    return FALSE;
  tafel_xlsx_set_version (ex->xlsx, ex->version);

  title = g_strdup_printf ("%s – %s", _("Programma van Eisen"), tafel_traject_get_name (ex->traject));
  /* Translators: the comments of the workbook's document properties;
   * %s is the version, such as "concept 0.3" */
  comments = g_strdup_printf (_("Version %s, written by Ontwikkeltafel"), ex->version);
  props.title = title;
  props.subject = *tafel_traject_get_perceel (ex->traject) != '\0'
                  ? tafel_traject_get_perceel (ex->traject)
                  : tafel_traject_get_name (ex->traject);
  props.company = tafel_traject_get_region (ex->traject);
  props.category = _("Programma van Eisen");
  props.keywords = ex->version;
  props.comments = comments;

  return tafel_xlsx_set_properties (ex->xlsx, &props, error) &&
         write_cover (ex, error) &&
         _tafel_pve_write_eisen (ex, error) &&
         write_deelproducten (ex, error) &&
         _tafel_pve_write_intensiteit (ex, error) &&
         _tafel_pve_write_functiemix (ex, error) &&
         _tafel_pve_write_tarieven (ex, error) &&
         _tafel_pve_write_verantwoording (ex, error) &&
         (!ex->options->participants || _tafel_pve_write_deelnemers (ex, error)) &&
         _tafel_pve_write_controle (ex, error) &&
         tafel_xlsx_close (ex->xlsx, error);
}

/* The SHA-256 of the file at @path, in lower-case hex. */
static char *
dup_file_sha256 (const char  *path,
                 GError     **error)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = g_file_read (file, NULL, error);
  guchar buf[1 << 16];
  gssize n;

  if (in == NULL)
    return NULL;

  while ((n = g_input_stream_read (G_INPUT_STREAM (in), buf, sizeof buf, NULL, error)) > 0)
    g_checksum_update (sum, buf, n);
  if (n < 0)
    return NULL;

  return g_strdup (g_checksum_get_string (sum));
}

/* "anonymise,no-participants": how the workbook was made, for the log. */
static char *
dup_options_text (const TafelPveOptions *options)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (options->anonymise)
    g_ptr_array_add (parts, "anonymise");
  if (!options->participants)
    g_ptr_array_add (parts, "no-participants");
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (",", (char **) parts->pdata);
}

static gboolean
insert_nummer (TafelStore  *store,
               gint64       export_id,
               gint64       eis_id,
               const char  *nummer,
               GError     **error)
{
  sqlite3_stmt *stmt = _tafel_store_prepare (store,
                                             "INSERT INTO eis_nummer (pve_export_id, eis_id, nummer) VALUES (?1, ?2, ?3)",
                                             error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, export_id);
  sqlite3_bind_int64 (stmt, 2, eis_id);
  sqlite3_bind_text (stmt, 3, nummer, -1, SQLITE_TRANSIENT);
  return _tafel_store_step_done (store, stmt, error);
}

/* The log row and the numbers of the stored requirements, in one batch. */
static TafelExportlog *
log_export (TafelPveExport  *ex,
            const char      *path,
            GError         **error)
{
  g_autoptr(TafelExportlog) log = tafel_exportlog_new (ex->traject_id);
  g_autofree char *sha256 = NULL;
  g_autofree char *options = dup_options_text (ex->options);
  g_autofree char *versie = g_utf8_substring (ex->version, 0, MIN (g_utf8_strlen (ex->version, -1), 60));
  GHashTableIter iter;
  gpointer key, value;
  gboolean ok;

  sha256 = dup_file_sha256 (path, error);
  if (sha256 == NULL)
    return NULL;

  g_object_set (log, "versie", versie, "definitief", ex->options->final, "opties", options,
                "bestand", path, "sha256", sha256, NULL);

  if (!tafel_store_begin_batch (ex->store, error))
    return NULL;

  ok = tafel_store_insert (ex->store, log, error);
  g_hash_table_iter_init (&iter, ex->nummers);
  while (ok && g_hash_table_iter_next (&iter, &key, &value))
    ok = insert_nummer (ex->store, tafel_entity_get_id (TAFEL_ENTITY (log)), *(gint64 *) key, value, error);

  if (!ok)
    {
      tafel_store_rollback_batch (ex->store);
      return NULL;
    }
  if (!tafel_store_commit_batch (ex->store, error))
    return NULL;

  return g_steal_pointer (&log);
}

/**
 * tafel_pve_options_init:
 * @options: the options to fill in
 *
 * The defaults: a concept with the next version number, organisations by
 * name, with the Deelnemers sheet.
 */
void
tafel_pve_options_init (TafelPveOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->participants = TRUE;
}

/**
 * tafel_export_pve_next_version:
 * @store: the store
 * @traject_id: the traject
 * @final: a final version or a concept
 * @error: a storage error
 *
 * The version label the next export gets by default: "concept 0.n" after
 * n − 1 earlier concepts of the traject, "definitief n.0" after n − 1
 * earlier final ones. The words are Dutch whatever the language, as the
 * versions of tender documents are.
 *
 * Returns: (transfer full): the label, or NULL on error
 */
char *
tafel_export_pve_next_version (TafelStore  *store,
                               gint64       traject_id,
                               gboolean     final,
                               GError     **error)
{
  sqlite3_stmt *stmt;
  guint n = 0;
  int rc;

  g_return_val_if_fail (TAFEL_IS_STORE (store), NULL);

  stmt = _tafel_store_prepare (store,
                               "SELECT count(*) FROM pve_export"
                               " WHERE traject_id = ?1 AND definitief = ?2 AND deleted_at IS NULL", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, traject_id);
  sqlite3_bind_int (stmt, 2, final ? 1 : 0);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      tafel_db_set_error (error, _tafel_store_get_db (store), rc, tafel_store_get_path (store));
      return NULL;
    }

  return final ? g_strdup_printf ("definitief %u.0", n + 1) : g_strdup_printf ("concept 0.%u", n + 1);
}

/**
 * tafel_export_pve_full:
 * @store: the store
 * @traject_id: the traject to export
 * @path: the workbook to write; an existing file is replaced only when the
 *   new one was written completely
 * @options: (nullable): how; NULL for the defaults of tafel_pve_options_init()
 * @log_out: (out) (optional): the export's log row
 * @error: a TAFEL_ERROR: NOT_FOUND for an unknown traject, EXPORT when the
 *   file could not be written (the message names the file and, where it
 *   applies, the sheet and cell), or a storage error
 *
 * Writes the Programma van Eisen workbook of a traject and logs it. A
 * final version with open findings is written too (the Controle sheet
 * lists them); asking first is up to the caller. When the workbook was
 * written but could not be logged, the error says so and the workbook
 * stays.
 */
gboolean
tafel_export_pve_full (TafelStore             *store,
                       gint64                  traject_id,
                       const char             *path,
                       const TafelPveOptions  *options,
                       TafelExportlog        **log_out,
                       GError                **error)
{
  TafelPveExport ex = { 0 };
  TafelPveOptions defaults;
  g_autoptr(TafelExportlog) log = NULL;
  sqlite3 *db;
  gboolean own_transaction;
  gboolean ok;

  g_return_val_if_fail (TAFEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options == NULL)
    {
      tafel_pve_options_init (&defaults);
      options = &defaults;
    }

  /* One snapshot for all sheets, unless the caller is inside a batch. */
  db = _tafel_store_get_db (store);
  own_transaction = sqlite3_get_autocommit (db) && sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;

  ex.store = store;
  ex.traject_id = traject_id;
  ex.options = options;
  ex.n_per_deelproduct = g_hash_table_new (NULL, NULL);
  ex.aliases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ex.traject = tafel_store_get (store, TAFEL_TYPE_TRAJECT, traject_id, error);

  if (ex.traject != NULL)
    {
      if (options->version_label != NULL && *options->version_label != '\0')
        ex.version = g_strstrip (g_strdup (options->version_label));
      else
        ex.version = tafel_export_pve_next_version (store, traject_id, options->final, error);
    }

  ok = ex.traject != NULL && ex.version != NULL && write_workbook (&ex, path, error);

  if (own_transaction && sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);

  if (ok)
    {
      g_autoptr(GError) local_error = NULL;

      log = log_export (&ex, path, &local_error);
      if (log == NULL)
        {
          g_autofree char *display = g_filename_display_name (path);

          ok = FALSE;
          g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_EXPORT,
                       _("“%s” was written, but the export could not be logged in the traject: %s"),
                       display, local_error->message);
        }
    }

  tafel_xlsx_free (ex.xlsx);
  g_hash_table_unref (ex.n_per_deelproduct);
  g_hash_table_unref (ex.aliases);
  g_clear_pointer (&ex.sessies, g_ptr_array_unref);
  g_clear_pointer (&ex.deelproducten, g_ptr_array_unref);
  g_clear_pointer (&ex.stats, g_ptr_array_unref);
  g_clear_pointer (&ex.eisen, g_ptr_array_unref);
  g_clear_pointer (&ex.nummers, g_hash_table_unref);
  g_clear_pointer (&ex.generated, g_ptr_array_unref);
  g_clear_pointer (&ex.generated_nummers, g_ptr_array_unref);
  g_clear_pointer (&ex.findings, g_ptr_array_unref);
  g_clear_object (&ex.traject);
  g_free (ex.version);

  if (ok && log_out != NULL)
    *log_out = g_steal_pointer (&log);

  return ok;
}

/**
 * tafel_export_pve:
 * @store: the store
 * @traject_id: the traject to export
 * @path: the workbook to write
 * @error: as tafel_export_pve_full()
 *
 * Writes and logs the Programma van Eisen workbook of a traject with the
 * default options: the next concept version, everything included.
 */
gboolean
tafel_export_pve (TafelStore  *store,
                  gint64       traject_id,
                  const char  *path,
                  GError     **error)
{
  return tafel_export_pve_full (store, traject_id, path, NULL, NULL, error);
}
