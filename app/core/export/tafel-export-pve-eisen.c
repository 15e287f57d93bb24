/* tafel-export-pve-eisen.c: the requirements themselves (Programma van
 * Eisen), the participants (Deelnemers) and the open findings of the
 * completeness checks (Controle)
 *
 * The requirements are listed in number order: chapter 1 Algemeen, 2
 * Kwaliteit, then a chapter per deelproduct; in every section first the
 * requirements that follow from the decisions (not stored), then the
 * stored ones by position. The kind and status columns carry a drop-down
 * list so that the region can go on editing in Excel.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-controle.h"
#include "tafel-decimal.h"
#include "tafel-eis-nummer.h"
#include "tafel-export-pve-private.h"

static const char *const eis_headers[] = {
  N_("No."),
  N_("Chapter"),
  N_("Deelproduct"),
  N_("Aspect"),
  N_("Requirement"),
  N_("Kind"),
  N_("Weight"),
  N_("Status"),
  N_("Sources"),
};

enum {
  EIS_COL_NUMMER,
  EIS_COL_CHAPTER,
  EIS_COL_DEELPRODUCT,
  EIS_COL_ASPECT,
  EIS_COL_TEXT,
  EIS_COL_KIND,
  EIS_COL_WEIGHT,
  EIS_COL_STATUS,
  EIS_COL_SOURCES,
};

static const char *const deelnemer_headers[] = {
  N_("Name"),
  N_("Organisation"),
  N_("Function"),
  N_("Role"),
  N_("Most important advice"),
};

static const char *const controle_headers[] = {
  N_("Check"),
  N_("Finding"),
  N_("Deelproduct"),
  N_("Requirement"),
  N_("Number"),
};

/* What each check of tafel-controle.h is about. */
static const TafelChoice controle_soorten[] = {
  { "aspect", N_("Aspect of the verordening") },
  { "besluit", N_("Decision") },
  { "open", N_("Open sticky notes") },
  { "leeg", N_("Empty requirement") },
  { "gewicht", N_("Weights") },
  { "dubbel", N_("Duplicate requirement") },
  { NULL, NULL }
};

typedef struct {
  TafelEis   *eis;
  const char *nummer;
  const char *sources;   /* "12, 15" or NULL */
} EisRow;

static int
compare_eis_rows (gconstpointer a,
                  gconstpointer b)
{
  return tafel_eis_nummer_compare (((const EisRow *) a)->nummer, ((const EisRow *) b)->nummer);
}

/* eis id → "12, 15" (in @chunk): the live geeltjes each requirement came
 * from, by id. */
static GHashTable *
load_sources (TafelPveExport  *ex,
              GStringChunk    *chunk,
              GError         **error)
{
  g_autoptr(GHashTable) out = g_hash_table_new (NULL, NULL);
  g_autoptr(GString) joined = g_string_new (NULL);
  gint64 current_id = 0;
  sqlite3_stmt *stmt;
  int rc;

  stmt = _tafel_store_prepare (ex->store,
                               "SELECT b.eis_id, b.geeltje_id FROM eisbron b"
                               "  JOIN geeltje g ON g.id = b.geeltje_id AND g.deleted_at IS NULL"
                               " WHERE b.traject_id = ?1 AND b.deleted_at IS NULL"
                               " ORDER BY b.eis_id, b.geeltje_id", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, ex->traject_id);
  for (;;)
    {
      gint64 eis_id = 0;

      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        eis_id = sqlite3_column_int64 (stmt, 0);

      if ((rc != SQLITE_ROW || eis_id != current_id) && joined->len > 0)
        {
          g_hash_table_insert (out, GSIZE_TO_POINTER ((gsize) current_id), g_string_chunk_insert (chunk, joined->str));
          g_string_truncate (joined, 0);
        }
      if (rc != SQLITE_ROW)
        break;

      current_id = eis_id;
      g_string_append_printf (joined, "%s%" G_GINT64_FORMAT, joined->len > 0 ? ", " : "",
                              (gint64) sqlite3_column_int64 (stmt, 1));
    }

  if (!_tafel_pve_finish_query (ex, stmt, rc, error))
    return NULL;

  return g_steal_pointer (&out);
}

static const char *
label_of (const TafelChoice  *choices,
          const char        **labels,
          const char         *id)
{
  int i = tafel_choice_index (choices, id);

  return i < 0 ? id : labels[i];
}

gboolean
_tafel_pve_write_eisen (TafelPveExport  *ex,
                        GError         **error)
{
  g_autofree const char **chapters = _tafel_pve_dup_labels (tafel_hoofdstukken);
  g_autofree const char **aspects = _tafel_pve_dup_labels (tafel_eis_aspecten);
  g_autofree const char **kinds = _tafel_pve_dup_labels (tafel_eis_soorten);
  g_autofree const char **statuses = _tafel_pve_dup_labels (tafel_eis_statussen);
  g_autoptr(GStringChunk) chunk = g_string_chunk_new (1 << 16);
  g_autoptr(GHashTable) sources = NULL;
  g_autoptr(GHashTable) dp_names = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (EisRow));
  const char *decision = _("Decision of the region");
  TafelXlsxSheet *sheet;
  guint32 row = 0;

  sources = load_sources (ex, chunk, error);
  if (sources == NULL)
    return FALSE;

  for (guint i = 0; i < ex->deelproducten->len; i++)
    {
      TafelDeelproduct *dp = g_ptr_array_index (ex->deelproducten, i);

      g_hash_table_insert (dp_names, GSIZE_TO_POINTER ((gsize) tafel_entity_get_id (TAFEL_ENTITY (dp))),
                           (gpointer) tafel_deelproduct_get_name (dp));
    }

  for (guint i = 0; i < ex->generated->len; i++)
    {
      EisRow r = { g_ptr_array_index (ex->generated, i), g_ptr_array_index (ex->generated_nummers, i), decision };

      g_array_append_val (rows, r);
    }
  for (guint i = 0; i < ex->eisen->len; i++)
    {
      TafelEis *eis = g_ptr_array_index (ex->eisen, i);
      gint64 id = tafel_entity_get_id (TAFEL_ENTITY (eis));
      EisRow r = { eis, g_hash_table_lookup (ex->nummers, &id),
                   g_hash_table_lookup (sources, GSIZE_TO_POINTER ((gsize) id)) };

      if (r.nummer != NULL)   /* not of a deleted deelproduct */
        g_array_append_val (rows, r);
    }
  g_array_sort (rows, compare_eis_rows);

  /* Translators: a sheet name; at most 31 characters, none of [ ] : * ? / \ in it */
  sheet = tafel_xlsx_add_sheet (ex->xlsx, _("Programma van Eisen"), error);
  if (sheet == NULL)
    return FALSE;

  _tafel_pve_write_header (sheet, row++, eis_headers, G_N_ELEMENTS (eis_headers));

  for (guint i = 0; i < rows->len; i++, row++)
    {
      const EisRow *r = &g_array_index (rows, EisRow, i);
      TafelEis *eis = r->eis;
      gboolean deelproduct = g_strcmp0 (tafel_eis_get_hoofdstuk (eis), "deelproduct") == 0;
      gint64 weight = tafel_eis_get_gewicht (eis);

      /* "3.4.2" is a code, not a number or a date: text. */
      tafel_xlsx_text (sheet, row, EIS_COL_NUMMER, r->nummer);
      tafel_xlsx_text (sheet, row, EIS_COL_CHAPTER, label_of (tafel_hoofdstukken, chapters, tafel_eis_get_hoofdstuk (eis)));
      if (deelproduct)
        {
          tafel_xlsx_text (sheet, row, EIS_COL_DEELPRODUCT,
                           g_hash_table_lookup (dp_names, GSIZE_TO_POINTER ((gsize) tafel_eis_get_deelproduct_id (eis))));
          tafel_xlsx_text (sheet, row, EIS_COL_ASPECT, label_of (tafel_eis_aspecten, aspects, tafel_eis_get_aspect (eis)));
        }
      tafel_xlsx_text (sheet, row, EIS_COL_TEXT, tafel_eis_get_tekst (eis));
      tafel_xlsx_text (sheet, row, EIS_COL_KIND, label_of (tafel_eis_soorten, kinds, tafel_eis_get_soort (eis)));
      if (weight != TAFEL_DECIMAL_NONE)
        tafel_xlsx_value (sheet, row, EIS_COL_WEIGHT, weight / 10000.0, TAFEL_XLSX_PERCENT);
      tafel_xlsx_text (sheet, row, EIS_COL_STATUS, label_of (tafel_eis_statussen, statuses, tafel_eis_get_status (eis)));
      tafel_xlsx_text (sheet, row, EIS_COL_SOURCES, r->sources);

      if (!tafel_xlsx_check (ex->xlsx, error))
        return FALSE;
    }

  tafel_xlsx_table (sheet, 0, row - 1, G_N_ELEMENTS (eis_headers));
  tafel_xlsx_validate_list (sheet, 1, EIS_COL_KIND, kinds);
  tafel_xlsx_validate_list (sheet, 1, EIS_COL_STATUS, statuses);
  tafel_xlsx_print (sheet, tafel_traject_get_name (ex->traject));
  return tafel_xlsx_check (ex->xlsx, error);
}

/* ---- Deelnemers --------------------------------------------------------- */

gboolean
_tafel_pve_write_deelnemers (TafelPveExport  *ex,
                             GError         **error)
{
  g_autofree const char **roles = _tafel_pve_dup_labels (tafel_deelnemer_roles);
  g_autoptr(GPtrArray) deelnemers = NULL;
  g_autoptr(GPtrArray) organisaties = NULL;
  g_autoptr(GHashTable) org_names = g_hash_table_new (NULL, NULL);
  TafelXlsxSheet *sheet;
  guint32 row = 0;

  deelnemers = tafel_store_list (ex->store, TAFEL_TYPE_DEELNEMER, ex->traject_id, error);
  if (deelnemers == NULL)
    return FALSE;
  organisaties = tafel_store_list (ex->store, TAFEL_TYPE_ORGANISATIE, ex->traject_id, error);
  if (organisaties == NULL)
    return FALSE;
  for (guint i = 0; i < organisaties->len; i++)
    {
      TafelOrganisatie *o = g_ptr_array_index (organisaties, i);

      g_hash_table_insert (org_names, GSIZE_TO_POINTER ((gsize) tafel_entity_get_id (TAFEL_ENTITY (o))),
                           (gpointer) tafel_organisatie_get_name (o));
    }

  /* Translators: a sheet name; at most 31 characters, none of [ ] : * ? / \ in it */
  sheet = tafel_xlsx_add_sheet (ex->xlsx, _("Participants"), error);
  if (sheet == NULL)
    return FALSE;

  _tafel_pve_write_header (sheet, row++, deelnemer_headers, G_N_ELEMENTS (deelnemer_headers));

  for (guint i = 0; i < deelnemers->len; i++, row++)
    {
      TafelDeelnemer *d = g_ptr_array_index (deelnemers, i);
      const char *org = g_hash_table_lookup (org_names,
                                             GSIZE_TO_POINTER ((gsize) tafel_deelnemer_get_organisatie_id (d)));

      tafel_xlsx_text (sheet, row, 0, tafel_deelnemer_get_name (d));
      tafel_xlsx_text (sheet, row, 1, _tafel_pve_organisation (ex, org));
      tafel_xlsx_text (sheet, row, 2, tafel_deelnemer_get_function (d));
      tafel_xlsx_text (sheet, row, 3, label_of (tafel_deelnemer_roles, roles, tafel_deelnemer_get_role (d)));
      tafel_xlsx_text (sheet, row, 4, tafel_deelnemer_get_advies (d));

      if (!tafel_xlsx_check (ex->xlsx, error))
        return FALSE;
    }

  tafel_xlsx_table (sheet, 0, row - 1, G_N_ELEMENTS (deelnemer_headers));
  tafel_xlsx_print (sheet, tafel_traject_get_name (ex->traject));
  return tafel_xlsx_check (ex->xlsx, error);
}

/* ---- Controle ----------------------------------------------------------- */

gboolean
_tafel_pve_write_controle (TafelPveExport  *ex,
                           GError         **error)
{
  g_autofree const char **soorten = _tafel_pve_dup_labels (controle_soorten);
  g_autoptr(GHashTable) dp_names = g_hash_table_new (NULL, NULL);
  TafelXlsxSheet *sheet;
  guint32 row = 0;

  for (guint i = 0; i < ex->deelproducten->len; i++)
    {
      TafelDeelproduct *dp = g_ptr_array_index (ex->deelproducten, i);

      g_hash_table_insert (dp_names, GSIZE_TO_POINTER ((gsize) tafel_entity_get_id (TAFEL_ENTITY (dp))),
                           (gpointer) tafel_deelproduct_get_name (dp));
    }

  /* Translators: a sheet name (the completeness checks); at most 31
   * characters, none of [ ] : * ? / \ in it */
  sheet = tafel_xlsx_add_sheet (ex->xlsx, _("Checks"), error);
  if (sheet == NULL)
    return FALSE;

  _tafel_pve_write_header (sheet, row++, controle_headers, G_N_ELEMENTS (controle_headers));

  if (ex->findings->len == 0)
    tafel_xlsx_text (sheet, row++, 0, _("No open findings"));

  for (guint i = 0; i < ex->findings->len; i++, row++)
    {
      TafelBevinding *b = g_ptr_array_index (ex->findings, i);

      tafel_xlsx_text (sheet, row, 0, label_of (controle_soorten, soorten, b->soort));
      tafel_xlsx_text (sheet, row, 1, b->melding);
      if (b->deelproduct_id != 0)
        tafel_xlsx_text (sheet, row, 2, g_hash_table_lookup (dp_names, GSIZE_TO_POINTER ((gsize) b->deelproduct_id)));
      if (b->eis_id != 0)
        tafel_xlsx_text (sheet, row, 3, g_hash_table_lookup (ex->nummers, &b->eis_id));
      tafel_xlsx_number (sheet, row, 4, b->aantal);

      if (!tafel_xlsx_check (ex->xlsx, error))
        return FALSE;
    }

  tafel_xlsx_table (sheet, 0, row - 1, G_N_ELEMENTS (controle_headers));
  tafel_xlsx_print (sheet, tafel_traject_get_name (ex->traject));
  return tafel_xlsx_check (ex->xlsx, error);
}
