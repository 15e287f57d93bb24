/* tafel-uitvraag-import-sheets.c: reading the sheets of a returned workbook
 *
 * Every row below the header is read, wherever it is: providers sort and
 * clear rows. Prefilled rows are recognised by their hidden key, or by the
 * deelproduct's name when the key column was lost. Each problem becomes
 * an error with sheet, row and cell; the rows without problems are kept.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tafel-choice.h"
#include "tafel-decimal.h"
#include "tafel-error.h"
#include "tafel-functieprofiel.h"
#include "tafel-product.h"
#include "tafel-uitvraag-import-private.h"
#include "tafel-uitvraag-layout.h"
#include "tafel-voorstel.h"

/* ---- cells ---------------------------------------------------------- */

char *
_tafel_import_dup_cell (Reading *r,
                        guint    col)
{
  return g_strstrip (g_strdup (tafel_xlsx_sheet_get_text (r->sheet, r->row, COL (col))));
}

static char
column_letter (guint col)
{
  return (char) ('A' + MIN (col, 25));
}

/* Text of at most TAFEL_UITVRAAG_TEXT_MAX characters, or NULL with an error. */
char *
_tafel_import_read_text (Reading *r,
                         guint    col)
{
  g_autofree char *text = _tafel_import_dup_cell (r, col);

  if (!g_utf8_validate (text, -1, NULL))
    {
      _tafel_import_add_error (r->self, r->name, r->row, COL (col),
                               _("%s, row %u: the text in column %c is not readable."),
                               r->name, r->row, column_letter (col));
      return NULL;
    }
  if (g_utf8_strlen (text, -1) > TAFEL_UITVRAAG_TEXT_MAX)
    {
      _tafel_import_add_error (r->self, r->name, r->row, COL (col),
                               _("%s, row %u: the text in column %c is longer than %u characters."),
                               r->name, r->row, column_letter (col), TAFEL_UITVRAAG_TEXT_MAX);
      return NULL;
    }
  return g_steal_pointer (&text);
}

/* A decimal in hundredths within [min, max], TAFEL_DECIMAL_NONE when the
 * cell is empty. A number cell is taken as it is; text is read the Dutch
 * way ("2,5"). @percent: a number below 1 is a fraction shown as a
 * percentage in Excel (0,6 → 60); 1 stays 1%. */
gboolean
_tafel_import_read_decimal (Reading    *r,
                            guint       col,
                            const char *label,
                            gint64      min,
                            gint64      max,
                            gboolean    percent,
                            gint64     *out)
{
  const TafelXlsxCell *cell = tafel_xlsx_sheet_get_cell (r->sheet, r->row, COL (col));
  g_autofree char *text = _tafel_import_dup_cell (r, col);
  g_autofree char *shown_min = NULL;
  g_autofree char *shown_max = NULL;
  gint64 value;

  *out = TAFEL_DECIMAL_NONE;
  if (cell == NULL || *text == '\0')
    return TRUE;

  if (cell->type == TAFEL_CELL_NUMBER && isfinite (cell->number))
    {
      double number = cell->number;

      if (percent && number > 0 && number < 1)
        number *= 100;
      value = tafel_decimal_from_double (number);
    }
  else if (cell->type == TAFEL_CELL_STRING && tafel_decimal_parse (label, text, &value, NULL))
    ;
  else
    {
      _tafel_import_add_error (r->self, r->name, r->row, COL (col),
                               _("%s, row %u: %s “%s” is not a number."), r->name, r->row, label, text);
      return FALSE;
    }

  if (value < min || value > max)
    {
      shown_min = tafel_decimal_format (min);
      shown_max = tafel_decimal_format (max);
      g_free (text);
      text = tafel_decimal_format (value);
      _tafel_import_add_error (r->self, r->name, r->row, COL (col),
                               _("%s, row %u: %s %s is not possible; give a number from %s to %s."),
                               r->name, r->row, label, text, shown_min, shown_max);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

/* The id of a choice from its label in any language we know, NULL for an
 * empty cell (and @ok TRUE), or NULL with an error. */
const char *
_tafel_import_read_choice (Reading           *r,
                           guint              col,
                           const TafelChoice *choices,
                           gboolean          *ok)
{
  g_autofree char *text = _tafel_import_dup_cell (r, col);
  const char *id;

  *ok = TRUE;
  if (*text == '\0')
    return NULL;
  id = tafel_choice_id_for_label (choices, text);
  if (id == NULL)
    {
      g_auto(GStrv) labels = tafel_choice_dup_labels (choices);
      g_autofree char *list = g_strjoinv (", ", labels);

      _tafel_import_add_error (r->self, r->name, r->row, COL (col),
                               _("%s, row %u: “%s” is not one of the choices (%s)."),
                               r->name, r->row, text, list);
      *ok = FALSE;
    }
  return id;
}

/* ---- deelproducten -------------------------------------------------- */

/* The row of @rows (deelproducten, function profiles, organisations)
 * whose name is @name, ignoring case the Unicode way; NULL if none. */
gpointer
_tafel_import_find_by_name (GPtrArray  *rows,
                            const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *other = g_utf8_casefold (tafel_entity_get_string (rows->pdata[i], "name"), -1);

      if (g_str_equal (folded, other))
        return rows->pdata[i];
    }
  return NULL;
}

/* "dp:12" or "dp:12:licht" → the deelproduct (and the level's id). */
static TafelDeelproduct *
find_deelproduct_by_key (ImportContext *context,
                         const char    *key,
                         const char   **niveau)
{
  g_auto(GStrv) parts = NULL;
  gint64 id;
  char *end;

  if (niveau != NULL)
    *niveau = NULL;
  if (!g_str_has_prefix (key, "dp:"))
    return NULL;
  parts = g_strsplit (key + 3, ":", 2);
  id = g_ascii_strtoll (parts[0], &end, 10);
  if (end == parts[0] || *end != '\0')
    return NULL;
  if (niveau != NULL && parts[1] != NULL)
    {
      *niveau = tafel_choice_intern (tafel_niveaus, parts[1]);
      if (*niveau == NULL)
        return NULL;
    }
  return g_hash_table_lookup (context->deelproduct_by_id, &id);
}

/* The deelproduct of a row: by its hidden key, else by the name in
 * @name_col. NULL with an error when neither names one; NULL without an
 * error (and *general TRUE) for "Algemeen" when @allow_general. */
TafelDeelproduct *
_tafel_import_read_deelproduct (Reading     *r,
                                guint        name_col,
                                int          key_col,
                                gboolean     allow_general,
                                gboolean    *general,
                                const char **niveau)
{
  g_autofree char *name = _tafel_import_dup_cell (r, name_col);
  TafelDeelproduct *dp = NULL;

  if (general != NULL)
    *general = FALSE;
  if (niveau != NULL)
    *niveau = NULL;

  if (key_col >= 0)
    {
      g_autofree char *key = _tafel_import_dup_cell (r, (guint) key_col);

      if (*key != '\0')
        dp = find_deelproduct_by_key (r->context, key, niveau);
    }
  if (dp == NULL && *name != '\0')
    dp = _tafel_import_find_by_name (r->context->deelproducten, name);
  if (dp != NULL)
    return dp;

  if (allow_general && (*name == '\0' || g_ascii_strcasecmp (name, TAFEL_UITVRAAG_ALGEMEEN) == 0 ||
                        g_utf8_collate (name, _("General")) == 0))
    {
      *general = TRUE;
      return NULL;
    }
  if (*name == '\0')
    _tafel_import_add_error (r->self, r->name, r->row, COL (name_col),
                             _("%s, row %u: say which deelproduct this row is about."), r->name, r->row);
  else
    _tafel_import_add_error (r->self, r->name, r->row, COL (name_col),
                             _("%s, row %u: “%s” is not a deelproduct of this traject."), r->name, r->row, name);
  return NULL;
}

gboolean
_tafel_import_row_is_empty (Reading    *r,
                            const int  *cols)
{
  for (; *cols >= 0; cols++)
    {
      g_autofree char *text = _tafel_import_dup_cell (r, (guint) *cols);

      if (*text != '\0')
        return FALSE;
    }
  return TRUE;
}

char *
_tafel_import_dup_herkomst (Reading *r)
{
  return g_strdup_printf (_("%s, row %u"), r->name, r->row);
}

/* ---- the sheets ----------------------------------------------------- */

static void
read_aanbod_row (Reading *r)
{
  static const int inputs[] = {
    TAFEL_UITVRAAG_AANBOD_TITEL, TAFEL_UITVRAAG_AANBOD_BESCHRIJVING, TAFEL_UITVRAAG_AANBOD_PAST,
    TAFEL_UITVRAAG_AANBOD_WAAROM, TAFEL_UITVRAAG_AANBOD_EVIDENTIE, TAFEL_UITVRAAG_AANBOD_DEELPRODUCT, -1
  };
  ImportAanbod a = { 0 };
  g_autofree char *dp_name = NULL;
  gboolean ok = TRUE, ok_choice;

  if (_tafel_import_row_is_empty (r, inputs))
    return;

  a.title = _tafel_import_read_text (r, TAFEL_UITVRAAG_AANBOD_TITEL);
  a.description = _tafel_import_read_text (r, TAFEL_UITVRAAG_AANBOD_BESCHRIJVING);
  a.fit_reason = _tafel_import_read_text (r, TAFEL_UITVRAAG_AANBOD_WAAROM);
  ok = a.title != NULL && a.description != NULL && a.fit_reason != NULL;
  a.fit = _tafel_import_read_choice (r, TAFEL_UITVRAAG_AANBOD_PAST, tafel_aanbod_fits, &ok_choice);
  ok = ok && ok_choice;
  a.evidence = _tafel_import_read_choice (r, TAFEL_UITVRAAG_AANBOD_EVIDENTIE, tafel_evidence_levels, &ok_choice);
  ok = ok && ok_choice;

  dp_name = _tafel_import_dup_cell (r, TAFEL_UITVRAAG_AANBOD_DEELPRODUCT);
  if (*dp_name != '\0')
    {
      TafelDeelproduct *dp = _tafel_import_read_deelproduct (r, TAFEL_UITVRAAG_AANBOD_DEELPRODUCT, -1, FALSE, NULL, NULL);

      ok = ok && dp != NULL;
      a.deelproduct_id = dp != NULL ? tafel_entity_get_id (TAFEL_ENTITY (dp)) : 0;
    }
  if (ok && a.title[0] == '\0')
    {
      _tafel_import_add_error (r->self, r->name, r->row, COL (TAFEL_UITVRAAG_AANBOD_TITEL),
                               _("%s, row %u: give a title for this offering."), r->name, r->row);
      ok = FALSE;
    }

  if (!ok)
    {
      g_free (a.title);
      g_free (a.description);
      g_free (a.fit_reason);
      return;
    }
  a.fit = a.fit != NULL ? a.fit : "onbekend";
  a.evidence = a.evidence != NULL ? a.evidence : "onbekend";
  a.herkomst = _tafel_import_dup_herkomst (r);
  g_array_append_val (r->self->aanbod, a);
}

static void
add_geeltje (Reading    *r,
             gint64      deelproduct_id,
             const char *kind,
             guint       col)
{
  ImportGeeltje g = { 0 };
  g_autofree char *text = _tafel_import_read_text (r, col);

  if (text == NULL || *text == '\0')
    return;
  g.deelproduct_id = deelproduct_id;
  g.kind = (char *) kind;
  g.text = g_steal_pointer (&text);
  g.herkomst = _tafel_import_dup_herkomst (r);
  g_array_append_val (r->self->geeltjes, g);
}

static void
read_suggestie_row (Reading *r)
{
  static const int inputs[] = { TAFEL_UITVRAAG_SUGGESTIE_TEKSTUEEL, TAFEL_UITVRAAG_SUGGESTIE_CONCEPTUEEL, -1 };
  TafelDeelproduct *dp;
  gboolean general;

  if (_tafel_import_row_is_empty (r, inputs))
    return;
  dp = _tafel_import_read_deelproduct (r, TAFEL_UITVRAAG_SUGGESTIE_DEELPRODUCT, TAFEL_UITVRAAG_SUGGESTIE_SLEUTEL,
                         TRUE, &general, NULL);
  if (dp == NULL && !general)
    return;
  add_geeltje (r, dp ? tafel_entity_get_id (TAFEL_ENTITY (dp)) : 0, "tekstueel", TAFEL_UITVRAAG_SUGGESTIE_TEKSTUEEL);
  add_geeltje (r, dp ? tafel_entity_get_id (TAFEL_ENTITY (dp)) : 0, "conceptueel", TAFEL_UITVRAAG_SUGGESTIE_CONCEPTUEEL);
}

static void
read_intensiteit_row (Reading    *r,
                      GHashTable *seen)
{
  static const int inputs[] = {
    TAFEL_UITVRAAG_INT_UREN, TAFEL_UITVRAAG_INT_DUUR, TAFEL_UITVRAAG_INT_TOELICHTING, -1
  };
  ImportIntensiteit v = { 0 };
  TafelDeelproduct *dp;
  const char *niveau = NULL;
  const char *eenheid;
  gint64 max_uren;
  gboolean ok;
  char *seen_key;

  if (_tafel_import_row_is_empty (r, inputs))
    return;

  dp = _tafel_import_read_deelproduct (r, TAFEL_UITVRAAG_INT_DEELPRODUCT, TAFEL_UITVRAAG_INT_SLEUTEL, FALSE, NULL, &niveau);
  if (dp == NULL)
    return;
  if (niveau == NULL)
    {
      gboolean ok_choice;

      niveau = _tafel_import_read_choice (r, TAFEL_UITVRAAG_INT_NIVEAU, tafel_niveaus, &ok_choice);
      if (niveau == NULL)
        {
          if (ok_choice)
            _tafel_import_add_error (r->self, r->name, r->row, COL (TAFEL_UITVRAAG_INT_NIVEAU),
                                     _("%s, row %u: say which level this row is about."), r->name, r->row);
          return;
        }
    }

  if (!tafel_deelproduct_uses_niveau (dp, niveau))
    {
      _tafel_import_add_error (r->self, r->name, r->row, 0,
                               _("%s, row %u: %s no longer has the level %s, so this row is left out."),
                               r->name, r->row, tafel_deelproduct_get_name (dp),
                               tafel_choice_label (tafel_niveaus, niveau));
      return;
    }

  seen_key = g_strdup_printf ("%" G_GINT64_FORMAT ":%s", tafel_entity_get_id (TAFEL_ENTITY (dp)), niveau);
  if (!g_hash_table_add (seen, seen_key))
    {
      _tafel_import_add_error (r->self, r->name, r->row, 0,
                               _("%s, row %u: %s, level %s appears in an earlier row too; only the first counts."),
                               r->name, r->row, tafel_deelproduct_get_name (dp),
                               tafel_choice_label (tafel_niveaus, niveau));
      return;
    }

  eenheid = tafel_deelproduct_get_intensiteit_eenheid (dp);
  max_uren = g_str_equal (eenheid, "uren_per_maand") ? TAFEL_UREN_PER_MAAND_MAX
             : g_str_equal (eenheid, "dagdelen_per_week") ? TAFEL_DAGDELEN_PER_WEEK_MAX
             : TAFEL_UREN_PER_WEEK_MAX;
  ok = _tafel_import_read_decimal (r, TAFEL_UITVRAAG_INT_UREN, tafel_choice_label (tafel_intensiteit_eenheden, eenheid),
                     0, max_uren, FALSE, &v.uren);
  ok = _tafel_import_read_decimal (r, TAFEL_UITVRAAG_INT_DUUR, _("duration"), 0, 52000, FALSE, &v.duur) && ok;
  v.toelichting = _tafel_import_read_text (r, TAFEL_UITVRAAG_INT_TOELICHTING);
  if (!ok || v.toelichting == NULL)
    {
      g_free (v.toelichting);
      return;
    }
  v.deelproduct_id = tafel_entity_get_id (TAFEL_ENTITY (dp));
  v.niveau = niveau;
  v.herkomst = _tafel_import_dup_herkomst (r);
  g_array_append_val (r->self->intensiteit, v);
}

static void
read_advies (TafelUitvraagImport *self,
             Reading             *r)
{
  char **targets[] = { &self->advies, &self->onderwerpen, &self->vragen };
  const guint rows[] = {
    TAFEL_UITVRAAG_ADVIES_BELANGRIJKST, TAFEL_UITVRAAG_ADVIES_ONDERWERPEN, TAFEL_UITVRAAG_ADVIES_VRAGEN
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      char *text;

      r->row = ROW (rows[i]);
      text = _tafel_import_read_text (r, TAFEL_UITVRAAG_ADVIES_COL);
      if (text != NULL)
        {
          g_free (*targets[i]);
          *targets[i] = text;
        }
    }
}

/* ---- all sheets ----------------------------------------------------- */

static TafelXlsxReadSheet *
get_sheet (TafelUitvraagImport *self,
           TafelXlsxBook       *book,
           const char          *name)
{
  g_autoptr(GError) error = NULL;
  TafelXlsxReadSheet *sheet = tafel_xlsx_book_get_sheet (book, name, &error);

  if (sheet == NULL)
    {
      if (g_error_matches (error, TAFEL_ERROR, TAFEL_ERROR_NOT_FOUND))
        _tafel_import_add_error (self, name, 0, 0,
                                 _("The sheet “%s” is missing, so nothing of it was read."), name);
      else
        _tafel_import_add_error (self, name, 0, 0, "%s", error->message);
    }
  return sheet;
}

void
_tafel_import_read_sheets (TafelUitvraagImport *self,
                           TafelXlsxBook       *book,
                           ImportContext       *context)
{
  g_autoptr(GHashTable) seen_int = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seen_groep = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) mixen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, _tafel_import_free_mix);
  static const struct { const char *name; int kind; } sheets[] = {
    { TAFEL_UITVRAAG_SHEET_AANBOD, 0 },
    { TAFEL_UITVRAAG_SHEET_SUGGESTIES, 1 },
    { TAFEL_UITVRAAG_SHEET_INTENSITEIT, 2 },
    { TAFEL_UITVRAAG_SHEET_MIX, 3 },
    { TAFEL_UITVRAAG_SHEET_GROEPEN, 4 },
    { TAFEL_UITVRAAG_SHEET_ADVIES, 5 },
  };

  for (guint s = 0; s < G_N_ELEMENTS (sheets); s++)
    {
      Reading r = { self, context, NULL, sheets[s].name, 0 };
      guint32 n_rows;

      r.sheet = get_sheet (self, book, sheets[s].name);
      if (r.sheet == NULL)
        continue;
      if (sheets[s].kind == 5)
        {
          read_advies (self, &r);
          continue;
        }

      n_rows = tafel_xlsx_sheet_get_n_rows (r.sheet);
      for (r.row = ROW (TAFEL_UITVRAAG_FIRST_ROW); r.row <= n_rows; r.row++)
        switch (sheets[s].kind)
          {
          case 0: read_aanbod_row (&r); break;
          case 1: read_suggestie_row (&r); break;
          case 2: read_intensiteit_row (&r, seen_int); break;
          case 3: _tafel_import_read_mix_row (&r, mixen); break;
          case 4: _tafel_import_read_groep_row (&r, seen_groep); break;
          default: g_assert_not_reached ();
          }
    }

  _tafel_import_check_mixen (self, context, mixen);
}
