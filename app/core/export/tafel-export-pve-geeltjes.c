/* tafel-export-pve-geeltjes.c: Verantwoording, the sheet that accounts
 * for every geeltje of the traject: where it came from, what was done
 * with it and why, and the numbers of the requirements it went into */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-eis-nummer.h"
#include "tafel-export-pve-private.h"

static const char *const geeltje_headers[] = {
  N_("ID"),
  N_("Session"),
  N_("Session date"),
  N_("Deelproduct"),
  N_("Question block"),
  N_("Kind"),
  N_("Organisation"),
  N_("Participant"),
  N_("Text"),
  N_("Status"),
  N_("Reason"),
  N_("Requirements"),
  N_("Origin"),
};

/* Every live geeltje with the names it refers to; references to rows that
 * were deleted come out empty. Not sorted here: sorting in SQL would drag
 * every text through SQLite's sorter, which costs more than the query. */
static const char geeltjes_sql[] =
  "SELECT g.id, g.deelproduct_id, g.sessie_id, s.name, s.date, d.name, v.position, v.title,"
  "       g.kind, COALESCE(o.name, po.name), p.name, g.text, g.status, g.reason, g.herkomst, i.bestand"
  "  FROM geeltje g"
  "  LEFT JOIN sessie s ON s.id = g.sessie_id AND s.deleted_at IS NULL"
  "  LEFT JOIN deelproduct d ON d.id = g.deelproduct_id AND d.deleted_at IS NULL"
  "  LEFT JOIN vraagblok v ON v.id = g.vraagblok_id AND v.deleted_at IS NULL"
  "  LEFT JOIN organisatie o ON o.id = g.organisatie_id AND o.deleted_at IS NULL"
  "  LEFT JOIN deelnemer p ON p.id = g.deelnemer_id AND p.deleted_at IS NULL"
  "  LEFT JOIN organisatie po ON po.id = p.organisatie_id AND po.deleted_at IS NULL"
  "  LEFT JOIN inlevering i ON i.id = g.inlevering_id"
  " WHERE g.traject_id = ?1 AND g.deleted_at IS NULL";

enum {
  COL_SESSIE,
  COL_DATE,
  COL_DEELPRODUCT,
  COL_BLOCK_TITLE,
  COL_KIND,
  COL_ORGANISATIE,
  COL_DEELNEMER,
  COL_TEXT,
  COL_STATUS,
  COL_REASON,
  COL_HERKOMST,
  COL_BESTAND,
  N_COLS
};

/* Where each COL_ is in geeltjes_sql. */
static const int sql_columns[N_COLS] = { 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15 };

typedef struct {
  const char *eisen;           /* "3.4.1, 3.8.2" in the chunk, or NULL */
  guint       deelproduct_rank;
  guint       sessie_rank;
  gint64      id;
  int         block_position;  /* -1: no question block */
  const char *cols[N_COLS];    /* in the chunk; NULL when empty */
} GeeltjeRow;

/* The order a procurement reader works through them: per deelproduct in
 * the order of the product structure (geeltjes on no deelproduct last),
 * within that per session in date order (no session last), then in the
 * order they were written down. */
static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const GeeltjeRow *x = a;
  const GeeltjeRow *y = b;

  if (x->deelproduct_rank != y->deelproduct_rank)
    return x->deelproduct_rank < y->deelproduct_rank ? -1 : 1;
  if (x->sessie_rank != y->sessie_rank)
    return x->sessie_rank < y->sessie_rank ? -1 : 1;
  return (x->id > y->id) - (x->id < y->id);
}

/* id → 1 + index in @rows, which are in the order to show. */
static GHashTable *
rank_ids (GPtrArray *rows)
{
  GHashTable *ranks = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < rows->len; i++)
    g_hash_table_insert (ranks, GSIZE_TO_POINTER ((gsize) tafel_entity_get_id (g_ptr_array_index (rows, i))),
                         GUINT_TO_POINTER (i + 1));

  return ranks;
}

static guint
lookup_rank (GHashTable   *ranks,
             sqlite3_stmt *stmt,
             int           col)
{
  guint rank = GPOINTER_TO_UINT (g_hash_table_lookup (ranks,
                                   GSIZE_TO_POINTER ((gsize) sqlite3_column_int64 (stmt, col))));

  return rank == 0 ? G_MAXUINT : rank;
}

static GArray *
load_geeltjes (TafelPveExport  *ex,
               GStringChunk    *chunk,
               GError         **error)
{
  g_autoptr(GHashTable) deelproduct_ranks = rank_ids (ex->deelproducten);
  g_autoptr(GHashTable) sessie_ranks = rank_ids (ex->sessies);
  g_autoptr(GArray) rows = g_array_sized_new (FALSE, TRUE, sizeof (GeeltjeRow), ex->counts.n_geeltjes);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _tafel_store_prepare (ex->store, geeltjes_sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, ex->traject_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GeeltjeRow row = { 0 };

      row.id = sqlite3_column_int64 (stmt, 0);
      row.deelproduct_rank = lookup_rank (deelproduct_ranks, stmt, 1);
      row.sessie_rank = lookup_rank (sessie_ranks, stmt, 2);
      row.block_position = sqlite3_column_type (stmt, 6) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 6);
      for (int c = 0; c < N_COLS; c++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, sql_columns[c]);

          if (text != NULL && *text != '\0')
            row.cols[c] = g_string_chunk_insert (chunk, text);
        }
      g_array_append_val (rows, row);
    }

  if (!_tafel_pve_finish_query (ex, stmt, rc, error))
    return NULL;

  g_array_sort (rows, compare_rows);
  return g_steal_pointer (&rows);
}

static int
compare_nummer_ptrs (gconstpointer a,
                     gconstpointer b)
{
  return tafel_eis_nummer_compare (*(const char *const *) a, *(const char *const *) b);
}

/* geeltje id → "3.4.1, 3.8.2" (in @chunk): the numbers of the live
 * requirements each geeltje went into, in number order. */
static GHashTable *
load_eis_nummers (TafelPveExport  *ex,
                  GStringChunk    *chunk,
                  GError         **error)
{
  g_autoptr(GHashTable) out = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) current = g_ptr_array_new ();
  g_autoptr(GString) joined = g_string_new (NULL);
  gint64 current_id = 0;
  sqlite3_stmt *stmt;
  int rc;

  stmt = _tafel_store_prepare (ex->store,
                               "SELECT b.geeltje_id, b.eis_id FROM eisbron b"
                               "  JOIN eis e ON e.id = b.eis_id AND e.deleted_at IS NULL"
                               " WHERE b.traject_id = ?1 AND b.deleted_at IS NULL AND b.geeltje_id IS NOT NULL"
                               " ORDER BY b.geeltje_id", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, ex->traject_id);
  for (;;)
    {
      gint64 geeltje_id = 0;
      gint64 eis_id = 0;

      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          geeltje_id = sqlite3_column_int64 (stmt, 0);
          eis_id = sqlite3_column_int64 (stmt, 1);
        }

      if ((rc != SQLITE_ROW || geeltje_id != current_id) && current->len > 0)
        {
          g_ptr_array_sort (current, compare_nummer_ptrs);
          g_string_truncate (joined, 0);
          for (guint i = 0; i < current->len; i++)
            g_string_append_printf (joined, "%s%s", i > 0 ? ", " : "", (const char *) g_ptr_array_index (current, i));
          g_hash_table_insert (out, GSIZE_TO_POINTER ((gsize) current_id), g_string_chunk_insert (chunk, joined->str));
          g_ptr_array_set_size (current, 0);
        }
      if (rc != SQLITE_ROW)
        break;

      current_id = geeltje_id;
      {
        const char *nummer = g_hash_table_lookup (ex->nummers, &eis_id);

        if (nummer != NULL)   /* not one of a deleted deelproduct */
          g_ptr_array_add (current, (gpointer) nummer);
      }
    }

  if (!_tafel_pve_finish_query (ex, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&out);
}

/* The translated labels of a choice list, by index, NULL-terminated. */
const char **
_tafel_pve_dup_labels (const TafelChoice *choices)
{
  guint n = tafel_choice_count (choices);
  const char **labels = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    labels[i] = _(choices[i].label);

  return labels;
}

static const char *
choice_label (const TafelChoice *choices,
              const char       **labels,
              const char        *id)
{
  int i = tafel_choice_index (choices, id);

  return i < 0 ? id : labels[i];
}

/* "In the session", or the returned workbook and where in it; without the
 * file name when anonymous, as file names carry the organisation. */
static const char *
dup_origin (gboolean    anonymise,
            const char *herkomst,
            const char *bestand,
            char      **out)
{
  g_autofree char *basename = NULL;

  if (herkomst == NULL)
    return _("In the session");
  if (anonymise || bestand == NULL)
    *out = g_strdup_printf (_("Returned workbook, %s"), herkomst);
  else
    {
      basename = g_path_get_basename (bestand);
      *out = g_strdup_printf (_("Returned workbook “%s”, %s"), basename, herkomst);
    }
  return *out;
}

gboolean
_tafel_pve_write_verantwoording (TafelPveExport  *ex,
                                 GError         **error)
{
  g_autofree const char **kinds = _tafel_pve_dup_labels (tafel_geeltje_kinds);
  g_autofree const char **statuses = _tafel_pve_dup_labels (tafel_geeltje_statuses);
  g_autoptr(GStringChunk) chunk = g_string_chunk_new (1 << 20);
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GHashTable) eisen = NULL;
  gboolean anonymise = ex->options->anonymise;
  TafelXlsxSheet *sheet;
  guint32 row = 0;

  rows = load_geeltjes (ex, chunk, error);
  if (rows == NULL)
    return FALSE;
  eisen = load_eis_nummers (ex, chunk, error);
  if (eisen == NULL)
    return FALSE;

  /* Translators: a sheet name (the accounting for every sticky note);
   * at most 31 characters, none of [ ] : * ? / \ in it */
  sheet = tafel_xlsx_add_sheet (ex->xlsx, _("Accountability"), error);
  if (sheet == NULL)
    return FALSE;

  _tafel_pve_write_header (sheet, row++, geeltje_headers, G_N_ELEMENTS (geeltje_headers));

  for (guint i = 0; i < rows->len; i++, row++)
    {
      const GeeltjeRow *g = &g_array_index (rows, GeeltjeRow, i);
      const char *const *cols = g->cols;
      g_autofree char *block = NULL;
      g_autofree char *origin = NULL;

      if (cols[COL_BLOCK_TITLE] != NULL)
        block = g_strdup_printf ("%d. %s", g->block_position + 1, cols[COL_BLOCK_TITLE]);

      tafel_xlsx_number (sheet, row, 0, g->id);
      tafel_xlsx_text (sheet, row, 1, cols[COL_SESSIE]);
      tafel_xlsx_date (sheet, row, 2, cols[COL_DATE]);
      tafel_xlsx_text (sheet, row, 3, cols[COL_DEELPRODUCT]);
      tafel_xlsx_text (sheet, row, 4, block);
      tafel_xlsx_text (sheet, row, 5, choice_label (tafel_geeltje_kinds, kinds, cols[COL_KIND]));
      /* Anonymous: the organisation under its alias, and no person's name. */
      tafel_xlsx_text (sheet, row, 6, _tafel_pve_organisation (ex, cols[COL_ORGANISATIE]));
      tafel_xlsx_text (sheet, row, 7, anonymise ? NULL : cols[COL_DEELNEMER]);
      tafel_xlsx_text (sheet, row, 8, cols[COL_TEXT]);
      tafel_xlsx_text (sheet, row, 9, choice_label (tafel_geeltje_statuses, statuses, cols[COL_STATUS]));
      tafel_xlsx_text (sheet, row, 10, cols[COL_REASON]);
      tafel_xlsx_text (sheet, row, 11, g_hash_table_lookup (eisen, GSIZE_TO_POINTER ((gsize) g->id)));
      tafel_xlsx_text (sheet, row, 12, dup_origin (anonymise, cols[COL_HERKOMST], cols[COL_BESTAND], &origin));

      if (!tafel_xlsx_check (ex->xlsx, error))
        return FALSE;
    }

  tafel_xlsx_table (sheet, 0, row - 1, G_N_ELEMENTS (geeltje_headers));
  tafel_xlsx_validate_list (sheet, 1, 9, statuses);
  tafel_xlsx_print (sheet, tafel_traject_get_name (ex->traject));
  return tafel_xlsx_check (ex->xlsx, error);
}
