/* tafel-export-pve.c: the Programma van Eisen workbook
 *
 * Six sheets: a cover with what the traject is and how far it got, one
 * row per deelproduct with the aspects a verordening asks for, the decided
 * intensity and duration beside the spread of the proposals
 * (tafel-export-pve-intensiteit.c), the decided function mix and group
 * parameters (idem), the cost-price build-up as live formulas
 * (tafel-export-pve-tarieven.c), and every live geeltje with where it came
 * from and what was done with it. The data
 * is read with a few joined queries inside one read transaction, so the
 * sheets agree with each other even while another program writes, and the
 * store is never written.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

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

  return _tafel_pve_finish_query (ex, stmt, rc, error);
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
  tafel_xlsx_label (sheet, row, COVER_LABEL, _("Export date"));
  tafel_xlsx_date (sheet, row++, COVER_VALUE, today);
  row++;

  tafel_xlsx_header (sheet, row++, (const char *[]) { _("Counts"), _("Number") }, 2);
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

  title = g_strdup_printf ("%s – %s", _("Programma van Eisen"), tafel_traject_get_name (ex->traject));
  props.title = title;
  props.subject = *tafel_traject_get_perceel (ex->traject) != '\0'
                  ? tafel_traject_get_perceel (ex->traject)
                  : tafel_traject_get_name (ex->traject);
  props.company = tafel_traject_get_region (ex->traject);
  props.category = _("Programma van Eisen");

  return tafel_xlsx_set_properties (ex->xlsx, &props, error) &&
         write_cover (ex, error) &&
         write_deelproducten (ex, error) &&
         _tafel_pve_write_intensiteit (ex, error) &&
         _tafel_pve_write_functiemix (ex, error) &&
         _tafel_pve_write_tarieven (ex, error) &&
         _tafel_pve_write_geeltjes (ex, error) &&
         tafel_xlsx_close (ex->xlsx, error);
}

/**
 * tafel_export_pve:
 * @store: the store, which is only read
 * @traject_id: the traject to export
 * @path: the workbook to write; an existing file is replaced only when the
 *   new one was written completely
 * @error: a TAFEL_ERROR: NOT_FOUND for an unknown traject, EXPORT when the
 *   file could not be written (the message names the file and, where it
 *   applies, the sheet and cell), or a storage error
 *
 * Writes the Programma van Eisen workbook of a traject.
 */
gboolean
tafel_export_pve (TafelStore  *store,
                  gint64       traject_id,
                  const char  *path,
                  GError     **error)
{
  TafelPveExport ex = { 0 };
  sqlite3 *db;
  gboolean own_transaction;
  gboolean ok;

  g_return_val_if_fail (TAFEL_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* One snapshot for all sheets, unless the caller is inside a batch. */
  db = _tafel_store_get_db (store);
  own_transaction = sqlite3_get_autocommit (db) && sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK;

  ex.store = store;
  ex.traject_id = traject_id;
  ex.n_per_deelproduct = g_hash_table_new (NULL, NULL);
  ex.traject = tafel_store_get (store, TAFEL_TYPE_TRAJECT, traject_id, error);

  ok = ex.traject != NULL && write_workbook (&ex, path, error);

  if (own_transaction && sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);

  tafel_xlsx_free (ex.xlsx);
  g_hash_table_unref (ex.n_per_deelproduct);
  g_clear_pointer (&ex.sessies, g_ptr_array_unref);
  g_clear_pointer (&ex.deelproducten, g_ptr_array_unref);
  g_clear_pointer (&ex.stats, g_ptr_array_unref);
  g_clear_object (&ex.traject);

  return ok;
}
