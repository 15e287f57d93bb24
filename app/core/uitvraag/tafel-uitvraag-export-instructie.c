/* tafel-uitvraag-export-instructie.c: the first and the hidden sheets
 *
 * Instructie says for whom the workbook is, until when, what goes on each
 * sheet and how to fill it in; Lijsten holds the values of the drop-down
 * lists and _meta what the reader needs to match a return (both hidden
 * and protected).
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "tafel-uitvraag-export-private.h"
#include "tafel-validate.h"

enum {
  INSTRUCTIE_LABEL,
  INSTRUCTIE_TEXT,
};

/* Written in the middle of a sentence: "before Tuesday 10 November". */
static const char *const weekdays[] = {
  NC_("weekday in a sentence", "Monday"),
  NC_("weekday in a sentence", "Tuesday"),
  NC_("weekday in a sentence", "Wednesday"),
  NC_("weekday in a sentence", "Thursday"),
  NC_("weekday in a sentence", "Friday"),
  NC_("weekday in a sentence", "Saturday"),
  NC_("weekday in a sentence", "Sunday"),
};

/* ---- Instructie ------------------------------------------------------------ */

/* "Return this file before Tuesday 10 November 2026, 12:00.", in the
 * app's language; the deadline is local time "YYYY-MM-DDTHH:MM". */
static char *
dup_deadline_text (const char *deadline)
{
  g_autofree char *iso_date = NULL;
  g_autofree char *date = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  int y, m, d, h = 0, mi = 0;
  int n;

  if (deadline == NULL || *deadline == '\0' ||
      (n = sscanf (deadline, "%d-%d-%dT%d:%d", &y, &m, &d, &h, &mi)) < 3 ||
      !g_date_valid_dmy (d, m, y))
    return g_strdup (_("There is no deadline for this session: return this file as soon as you can."));

  iso_date = g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  date = tafel_date_format (iso_date);
  {
    g_autoptr(GDate) gdate = g_date_new_dmy (d, m, y);

    day = g_strdup_printf ("%s %s", g_dpgettext2 (GETTEXT_PACKAGE, "weekday in a sentence",
                                                  weekdays[g_date_get_weekday (gdate) - 1]), date);
  }
  if (n < 5)
    /* Translators: %s is a date such as "Tuesday 10 November 2026" */
    return g_strdup_printf (_("Return this file before %s."), day);

  /* Translators: a time of day; Dutch writes "12.00 uur" */
  time = g_strdup_printf (_("%02d:%02d"), h, mi);
  /* Translators: %1$s is a date such as "Tuesday 10 November 2026", %2$s a time of day */
  return g_strdup_printf (_("Return this file before %1$s, %2$s."), day, time);
}

static void
instructie_line (TafelXlsxSheet *sheet,
                 guint32        *row,
                 const char     *label,
                 const char     *text)
{
  tafel_xlsx_label (sheet, *row, INSTRUCTIE_LABEL, label);
  tafel_xlsx_text (sheet, *row, INSTRUCTIE_TEXT, text);
  (*row)++;
}

gboolean
_tafel_uitvraag_write_instructie (TafelUitvraagExport  *ex,
                  GError              **error)
{
  static const struct {
    const char *sheet;
    const char *what;
  } sheets[] = {
    { TAFEL_UITVRAAG_SHEET_AANBOD,
      N_("The forms of youth care you offer that fit this perceel: one per row, with a description, whether and "
         "why it fits, its evidence level and the deelproduct it would fall under.") },
    { TAFEL_UITVRAAG_SHEET_SUGGESTIES,
      N_("Your suggestions per deelproduct, textual (the wording) or conceptual (the concept), beside its current "
         "description.") },
    { TAFEL_UITVRAAG_SHEET_INTENSITEIT,
      N_("Per deelproduct and level: the hours in the unit shown, how long a trajectory lasts, and the exceptional "
         "reasons to run over time.") },
    { TAFEL_UITVRAAG_SHEET_MIX,
      N_("Per deelproduct: the functions that deliver it, their education level and their share of the hours.") },
    { TAFEL_UITVRAAG_SHEET_GROEPEN,
      N_("Per group product: the size of the group, its occupancy, how long and how often it meets, and the "
         "staff per group.") },
    { TAFEL_UITVRAAG_SHEET_ADVIES,
      N_("Your most important advice, and the topics and questions for the next session.") },
  };
  static const char *const how[] = {
    N_("Fill in the coloured cells only; the other cells are protected (without a password)."),
    N_("Leave the sheet names and the hidden columns as they are, and do not add columns: this file is read "
       "automatically."),
    N_("Filtering and clearing rows is fine; leave a row empty when it does not apply. To sort rows, first switch off the sheet protection (Review › Unprotect Sheet): there is no password."),
    N_("Write numbers without a unit: 2.5, not “2.5 hours”; a percentage as 60 for 60%."),
    N_("Send the completed file back by e-mail to the facilitator (procesbegeleider) of the region."),
  };
  g_autofree char *sessie = tafel_sessie_dup_label (ex->sessie);
  g_autofree char *subtitle = NULL;
  g_autofree char *deadline = dup_deadline_text (tafel_sessie_get_deadline (ex->sessie));
  TafelXlsxSheet *sheet;
  guint32 row = TAFEL_UITVRAAG_INSTRUCTIE_ORG_ROW;

  sheet = tafel_xlsx_add_sheet (ex->xlsx, TAFEL_UITVRAAG_SHEET_INSTRUCTIE, error);
  if (sheet == NULL)
    return FALSE;
  tafel_xlsx_set_width (sheet, INSTRUCTIE_LABEL, 24);
  tafel_xlsx_set_width (sheet, INSTRUCTIE_TEXT, 100);

  /* Translators: the second line of an uitvraag workbook; %s is a session
   * such as "Sessie 2 (11 november 2026)" */
  subtitle = g_strdup_printf (_("Uitvraag for %s"), sessie);
  tafel_xlsx_title (sheet, 0, 0, tafel_traject_get_name (ex->traject), FALSE);
  tafel_xlsx_title (sheet, 1, 0, subtitle, TRUE);

  G_STATIC_ASSERT (TAFEL_UITVRAAG_INSTRUCTIE_ORG_COL == INSTRUCTIE_TEXT);
  tafel_xlsx_label (sheet, row, INSTRUCTIE_LABEL, _("Organisation"));
  if (ex->organisatie != NULL)
    tafel_xlsx_label (sheet, row, INSTRUCTIE_TEXT, tafel_organisatie_get_name (ex->organisatie));
  else
    tafel_xlsx_input (sheet, row, INSTRUCTIE_TEXT, TAFEL_XLSX_INPUT_TEXT, NULL);
  row++;
  instructie_line (sheet, &row, _("Deadline"), deadline);
  instructie_line (sheet, &row, _("Session"), sessie);
  if (ex->organisatie == NULL)
    tafel_xlsx_note (sheet, row++, INSTRUCTIE_TEXT, _("Fill in the name of your organisation above."));
  row++;

  tafel_xlsx_title (sheet, row++, 0, _("What to fill in"), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    instructie_line (sheet, &row, sheets[i].sheet, _(sheets[i].what));
  row++;

  tafel_xlsx_title (sheet, row++, 0, _("How"), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (how); i++)
    tafel_xlsx_text (sheet, row++, INSTRUCTIE_TEXT, _(how[i]));

  tafel_xlsx_print (sheet, ex->footer);
  tafel_xlsx_print_header (sheet, _("Uitvraag"));
  tafel_xlsx_protect (sheet);
  return tafel_xlsx_check (ex->xlsx, error);
}

/* ---- Lijsten and _meta ---------------------------------------------------- */

static void
add_labels (GPtrArray         *list,
            const TafelChoice *choices,
            guint              skip)
{
  for (guint i = skip; choices[i].id != NULL; i++)
    g_ptr_array_add (list, g_strdup (_(choices[i].label)));
}

void
_tafel_uitvraag_fill_lijsten (TafelUitvraagExport *ex)
{
  for (guint i = 0; i < TAFEL_UITVRAAG_N_LIJSTEN; i++)
    ex->lijsten[i] = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (ex->lijsten[TAFEL_UITVRAAG_LIJST_ONDERWERPEN], g_strdup (TAFEL_UITVRAAG_ALGEMEEN));
  for (guint i = 0; i < ex->deelproducten->len; i++)
    {
      const char *name = tafel_deelproduct_get_name (g_ptr_array_index (ex->deelproducten, i));

      g_ptr_array_add (ex->lijsten[TAFEL_UITVRAAG_LIJST_DEELPRODUCTEN], g_strdup (name));
      g_ptr_array_add (ex->lijsten[TAFEL_UITVRAAG_LIJST_ONDERWERPEN], g_strdup (name));
    }
  for (guint i = 0; i < ex->profielen->len; i++)
    g_ptr_array_add (ex->lijsten[TAFEL_UITVRAAG_LIJST_FUNCTIES],
                     g_strdup (tafel_functieprofiel_get_name (g_ptr_array_index (ex->profielen, i))));

  add_labels (ex->lijsten[TAFEL_UITVRAAG_LIJST_OPLEIDING], tafel_opleidingsniveaus, 0);
  add_labels (ex->lijsten[TAFEL_UITVRAAG_LIJST_TIJDSOORT], tafel_tijdsoorten, 0);
  /* "Not assessed" is the region's word, not a provider's answer. */
  add_labels (ex->lijsten[TAFEL_UITVRAAG_LIJST_PAST], tafel_aanbod_fits, 1);
  add_labels (ex->lijsten[TAFEL_UITVRAAG_LIJST_EVIDENTIE], tafel_evidence_levels, 0);
}

gboolean
_tafel_uitvraag_write_lijsten (TafelUitvraagExport  *ex,
               GError              **error)
{
  TafelXlsxSheet *sheet = tafel_xlsx_add_sheet (ex->xlsx, TAFEL_UITVRAAG_SHEET_LIJSTEN, error);

  if (sheet == NULL)
    return FALSE;

  for (guint col = 0; col < TAFEL_UITVRAAG_N_LIJSTEN; col++)
    for (guint row = 0; row < ex->lijsten[col]->len; row++)
      tafel_xlsx_text (sheet, row, col, g_ptr_array_index (ex->lijsten[col], row));

  tafel_xlsx_hide (sheet);
  tafel_xlsx_protect (sheet);
  return tafel_xlsx_check (ex->xlsx, error);
}

static char *
dup_id (TafelEntity *entity)
{
  return entity != NULL ? g_strdup_printf ("%" G_GINT64_FORMAT, tafel_entity_get_id (entity)) : g_strdup ("");
}

gboolean
_tafel_uitvraag_write_meta (TafelUitvraagExport  *ex,
            GError              **error)
{
  g_autofree char *versie = g_strdup_printf ("%d", TAFEL_UITVRAAG_VERSION);
  g_autofree char *traject_id = dup_id (TAFEL_ENTITY (ex->traject));
  g_autofree char *sessie_id = dup_id (TAFEL_ENTITY (ex->sessie));
  g_autofree char *organisatie_id = dup_id (ex->organisatie ? TAFEL_ENTITY (ex->organisatie) : NULL);
  g_autofree char *now = tafel_timestamp_now ();
  const char *deadline = tafel_sessie_get_deadline (ex->sessie);
  const char *rows[][2] = {
    { TAFEL_UITVRAAG_META_FORMAT, TAFEL_UITVRAAG_FORMAT },
    { TAFEL_UITVRAAG_META_VERSION, versie },
    { TAFEL_UITVRAAG_META_TRAJECT, traject_id },
    { TAFEL_UITVRAAG_META_TRAJECT_NAAM, tafel_traject_get_name (ex->traject) },
    { TAFEL_UITVRAAG_META_SESSIE, sessie_id },
    { TAFEL_UITVRAAG_META_SESSIE_NAAM, tafel_sessie_get_name (ex->sessie) },
    { TAFEL_UITVRAAG_META_ORGANISATIE, organisatie_id },
    { TAFEL_UITVRAAG_META_ORG_NAAM, ex->organisatie ? tafel_organisatie_get_name (ex->organisatie) : "" },
    { TAFEL_UITVRAAG_META_SLEUTEL, ex->sleutel },
    { TAFEL_UITVRAAG_META_AANGEMAAKT, now },
    { TAFEL_UITVRAAG_META_DEADLINE, deadline ? deadline : "" },
  };
  TafelXlsxSheet *sheet = tafel_xlsx_add_sheet (ex->xlsx, TAFEL_UITVRAAG_SHEET_META, error);

  if (sheet == NULL)
    return FALSE;

  for (guint row = 0; row < G_N_ELEMENTS (rows); row++)
    {
      tafel_xlsx_text (sheet, row, 0, rows[row][0]);
      tafel_xlsx_text (sheet, row, 1, rows[row][1]);
    }

  tafel_xlsx_hide (sheet);
  tafel_xlsx_protect (sheet);
  return tafel_xlsx_check (ex->xlsx, error);
}

