/* tafel-uitvraag-export-sheets.c: the sheets providers fill in
 *
 * Each follows tafel-uitvraag-layout.h: title in row 0, help in row 1,
 * header in TAFEL_UITVRAAG_HEADER_ROW, data from TAFEL_UITVRAAG_FIRST_ROW.
 * Prefilled rows carry their key ("dp:<id>", "dp:<id>:<niveau>") in a
 * hidden last column, so the reader finds them after any sort.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-uitvraag-export-private.h"

#define FIRST TAFEL_UITVRAAG_FIRST_ROW
#define HIDDEN TAFEL_XLSX_HIDDEN

/* A prefilled row's key. */
static char *
dup_key (TafelDeelproduct *dp,
         const char       *niveau)
{
  gint64 id = tafel_entity_get_id (TAFEL_ENTITY (dp));

  if (niveau != NULL)
    return g_strdup_printf ("dp:%" G_GINT64_FORMAT ":%s", id, niveau);
  return g_strdup_printf ("dp:%" G_GINT64_FORMAT, id);
}

/* "Label: text" lines for the fields of @dp that have text. */
static char *
dup_description (TafelDeelproduct  *dp,
                 const char *const *columns,
                 const char *const *labels)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; columns[i] != NULL; i++)
    {
      const char *text = tafel_entity_get_string (TAFEL_ENTITY (dp), columns[i]);

      if (text == NULL || *text == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append_printf (out, "%s: %s", _(labels[i]), text);
    }

  return g_string_free (out, FALSE);
}

/* "Hours per week" from the label "hours per week". */
static char *
dup_capitalized (const char *label)
{
  gunichar first = g_utf8_get_char (label);
  char buf[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (first), buf);
  return g_strconcat (buf, g_utf8_next_char (label), NULL);
}

/* ---- Aanbod --------------------------------------------------------------- */

static const char *const aanbod_headers[] = {
  N_("Title"),
  N_("Description"),
  N_("Fits?"),
  N_("Why it does or does not fit"),
  N_("Evidence level"),
  N_("Deelproduct"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (aanbod_headers) == TAFEL_UITVRAAG_AANBOD_N_COLS);

gboolean
_tafel_uitvraag_write_aanbod (TafelUitvraagExport  *ex,
                              GError              **error)
{
  static const double widths[] = { 30, 50, 16, 45, 18, 40 };
  guint32 last = FIRST + TAFEL_UITVRAAG_AANBOD_ROWS - 1;
  TafelXlsxSheet *sheet;

  sheet = _tafel_uitvraag_add_sheet (ex, TAFEL_UITVRAAG_SHEET_AANBOD,
                                     _("Your youth care that fits this perceel"),
                                     _("One offering per row; rows without a title are skipped. "
                                       "Where a cell has an arrow, choose from its list."),
                                     aanbod_headers, widths, TAFEL_UITVRAAG_AANBOD_N_COLS, error);
  if (sheet == NULL)
    return FALSE;

  for (guint32 row = FIRST; row <= last; row++)
    {
      tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_AANBOD_TITEL, TAFEL_XLSX_INPUT_TEXT, NULL);
      tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_AANBOD_BESCHRIJVING, TAFEL_XLSX_INPUT_TEXT, NULL);
      tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_AANBOD_PAST, TAFEL_XLSX_INPUT_CHOICE, NULL);
      tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_AANBOD_WAAROM, TAFEL_XLSX_INPUT_TEXT, NULL);
      tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_AANBOD_EVIDENTIE, TAFEL_XLSX_INPUT_CHOICE, NULL);
      tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_AANBOD_DEELPRODUCT, TAFEL_XLSX_INPUT_CHOICE, NULL);
    }

  _tafel_uitvraag_validate_text (sheet, FIRST, last, TAFEL_UITVRAAG_AANBOD_TITEL);
  _tafel_uitvraag_validate_text (sheet, FIRST, last, TAFEL_UITVRAAG_AANBOD_BESCHRIJVING);
  _tafel_uitvraag_validate_text (sheet, FIRST, last, TAFEL_UITVRAAG_AANBOD_WAAROM);
  _tafel_uitvraag_validate_list (ex, sheet, FIRST, last, TAFEL_UITVRAAG_AANBOD_PAST, TAFEL_UITVRAAG_LIJST_PAST);
  _tafel_uitvraag_validate_list (ex, sheet, FIRST, last, TAFEL_UITVRAAG_AANBOD_EVIDENTIE,
                                 TAFEL_UITVRAAG_LIJST_EVIDENTIE);
  _tafel_uitvraag_validate_list (ex, sheet, FIRST, last, TAFEL_UITVRAAG_AANBOD_DEELPRODUCT,
                                 TAFEL_UITVRAAG_LIJST_DEELPRODUCTEN);

  return _tafel_uitvraag_finish_sheet (ex, sheet, last, TAFEL_UITVRAAG_AANBOD_N_COLS, TRUE, error);
}

/* ---- Suggesties ----------------------------------------------------------- */

static const char *const suggestie_headers[] = {
  N_("Deelproduct"),
  N_("Textual suggestion"),
  N_("Conceptual suggestion"),
  N_("Current description"),
  N_("Key"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (suggestie_headers) == TAFEL_UITVRAAG_SUGGESTIE_N_COLS);

gboolean
_tafel_uitvraag_write_suggesties (TafelUitvraagExport  *ex,
                                  GError              **error)
{
  static const double widths[] = { 40, 45, 45, 55, HIDDEN };
  static const char *const columns[] = { "doelgroepen", "activiteiten", "beoogd_resultaat", NULL };
  static const char *const labels[] = { N_("Target groups"), N_("Activities"), N_("Intended result"), NULL };
  g_autofree char *help = NULL;
  TafelXlsxSheet *sheet;
  guint32 row = FIRST;
  guint32 last;

  /* Translators: %s is “Algemeen”, the list entry for a suggestion about
   * no deelproduct in particular; it stays Dutch */
  help = g_strdup_printf (_("Textual: about the wording. Conceptual: about the concept itself. "
                            "For more suggestions, or general ones, use the free rows at the bottom "
                            "and choose a deelproduct or “%s”."), TAFEL_UITVRAAG_ALGEMEEN);
  sheet = _tafel_uitvraag_add_sheet (ex, TAFEL_UITVRAAG_SHEET_SUGGESTIES,
                                     _("Your suggestions for the deelproducten"), help,
                                     suggestie_headers, widths, TAFEL_UITVRAAG_SUGGESTIE_N_COLS, error);
  if (sheet == NULL)
    return FALSE;

  for (guint i = 0; i < ex->deelproducten->len; i++, row++)
    {
      TafelDeelproduct *dp = g_ptr_array_index (ex->deelproducten, i);
      g_autofree char *key = dup_key (dp, NULL);
      g_autofree char *huidig = dup_description (dp, columns, labels);

      tafel_xlsx_text (sheet, row, TAFEL_UITVRAAG_SUGGESTIE_DEELPRODUCT, tafel_deelproduct_get_name (dp));
      tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_SUGGESTIE_TEKSTUEEL, TAFEL_XLSX_INPUT_TEXT, NULL);
      tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_SUGGESTIE_CONCEPTUEEL, TAFEL_XLSX_INPUT_TEXT, NULL);
      tafel_xlsx_muted (sheet, row, TAFEL_UITVRAAG_SUGGESTIE_HUIDIG, huidig);
      tafel_xlsx_text (sheet, row, TAFEL_UITVRAAG_SUGGESTIE_SLEUTEL, key);

      if (!tafel_xlsx_check (ex->xlsx, error))
        return FALSE;
    }

  last = row + TAFEL_UITVRAAG_SUGGESTIE_ROWS - 1;
  _tafel_uitvraag_validate_list (ex, sheet, row, last, TAFEL_UITVRAAG_SUGGESTIE_DEELPRODUCT,
                                 TAFEL_UITVRAAG_LIJST_ONDERWERPEN);
  for (; row <= last; row++)
    {
      tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_SUGGESTIE_DEELPRODUCT, TAFEL_XLSX_INPUT_CHOICE, NULL);
      tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_SUGGESTIE_TEKSTUEEL, TAFEL_XLSX_INPUT_TEXT, NULL);
      tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_SUGGESTIE_CONCEPTUEEL, TAFEL_XLSX_INPUT_TEXT, NULL);
    }

  _tafel_uitvraag_validate_text (sheet, FIRST, last, TAFEL_UITVRAAG_SUGGESTIE_TEKSTUEEL);
  _tafel_uitvraag_validate_text (sheet, FIRST, last, TAFEL_UITVRAAG_SUGGESTIE_CONCEPTUEEL);

  return _tafel_uitvraag_finish_sheet (ex, sheet, last, TAFEL_UITVRAAG_SUGGESTIE_N_COLS, TRUE, error);
}

/* ---- Intensiteit en duur -------------------------------------------------- */

static const char *const intensiteit_headers[] = {
  N_("Deelproduct"),
  N_("Level"),
  N_("Unit"),
  N_("Hours or day parts"),
  N_("Duration"),
  N_("Duration unit"),
  N_("Reasons to run over time"),
  N_("Current text"),
  N_("Key"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (intensiteit_headers) == TAFEL_UITVRAAG_INT_N_COLS);

/* The most a provider may fill in for @eenheid, as tafel_intensiteit_check_uren(). */
static int
uren_max (const char *eenheid)
{
  if (g_strcmp0 (eenheid, "uren_per_maand") == 0)
    return TAFEL_UREN_PER_MAAND_MAX / 100;
  if (g_strcmp0 (eenheid, "dagdelen_per_week") == 0)
    return TAFEL_DAGDELEN_PER_WEEK_MAX / 100;
  return TAFEL_UREN_PER_WEEK_MAX / 100;
}

gboolean
_tafel_uitvraag_write_intensiteit (TafelUitvraagExport  *ex,
                                   GError              **error)
{
  static const double widths[] = { 36, 12, 18, 10, 10, 12, 40, 50, HIDDEN };
  static const char *const columns[] = { "intensiteit", "doorlooptijd", NULL };
  static const char *const labels[] = { N_("Intensity"), N_("Lead time"), NULL };
  TafelXlsxSheet *sheet;
  guint32 row = FIRST;

  sheet = _tafel_uitvraag_add_sheet (ex, TAFEL_UITVRAAG_SHEET_INTENSITEIT,
                                     _("Intensity and duration per level"),
                                     _("Per deelproduct and level: the hours (or day parts) in the unit shown, "
                                       "how long a trajectory lasts in the unit shown, and the exceptional "
                                       "reasons to run over time."),
                                     intensiteit_headers, widths, TAFEL_UITVRAAG_INT_N_COLS, error);
  if (sheet == NULL)
    return FALSE;

  for (guint i = 0; i < ex->deelproducten->len; i++)
    {
      TafelDeelproduct *dp = g_ptr_array_index (ex->deelproducten, i);
      const char *eenheid = tafel_deelproduct_get_intensiteit_eenheid (dp);
      const char *duur_eenheid = tafel_deelproduct_get_duur_eenheid (dp);
      g_autofree char *huidig = dup_description (dp, columns, labels);
      g_autofree char *uren_title = NULL;
      g_autofree char *duur_title = NULL;

      if (eenheid == NULL)
        eenheid = tafel_intensiteit_eenheden[0].id;
      if (duur_eenheid == NULL)
        duur_eenheid = tafel_duur_eenheden[0].id;
      uren_title = dup_capitalized (tafel_choice_label (tafel_intensiteit_eenheden, eenheid));
      /* Translators: the title of a number check; %s is "weeks" or "months" */
      duur_title = g_strdup_printf (_("Duration in %s"), tafel_choice_label (tafel_duur_eenheden, duur_eenheid));

      for (guint n = 0; tafel_niveaus[n].id != NULL; n++)
        {
          const char *niveau = tafel_niveaus[n].id;
          g_autofree char *key = NULL;

          if (!tafel_deelproduct_uses_niveau (dp, niveau))
            continue;

          key = dup_key (dp, niveau);
          tafel_xlsx_text (sheet, row, TAFEL_UITVRAAG_INT_DEELPRODUCT, tafel_deelproduct_get_name (dp));
          tafel_xlsx_text (sheet, row, TAFEL_UITVRAAG_INT_NIVEAU, _(tafel_niveaus[n].label));
          tafel_xlsx_text (sheet, row, TAFEL_UITVRAAG_INT_EENHEID,
                           tafel_choice_label (tafel_intensiteit_eenheden, eenheid));
          tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_INT_UREN, TAFEL_XLSX_INPUT_NUMBER, NULL);
          tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_INT_DUUR, TAFEL_XLSX_INPUT_NUMBER, NULL);
          tafel_xlsx_text (sheet, row, TAFEL_UITVRAAG_INT_DUUR_EENHEID,
                           tafel_choice_label (tafel_duur_eenheden, duur_eenheid));
          tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_INT_TOELICHTING, TAFEL_XLSX_INPUT_TEXT, NULL);
          tafel_xlsx_muted (sheet, row, TAFEL_UITVRAAG_INT_HUIDIG, huidig);
          tafel_xlsx_text (sheet, row, TAFEL_UITVRAAG_INT_SLEUTEL, key);

          _tafel_uitvraag_validate_number (sheet, row, row, TAFEL_UITVRAAG_INT_UREN, 0, uren_max (eenheid),
                                           uren_title);
          _tafel_uitvraag_validate_number (sheet, row, row, TAFEL_UITVRAAG_INT_DUUR, 0, 520, duur_title);
          row++;
        }

      if (!tafel_xlsx_check (ex->xlsx, error))
        return FALSE;
    }

  _tafel_uitvraag_validate_text (sheet, FIRST, row - 1, TAFEL_UITVRAAG_INT_TOELICHTING);

  return _tafel_uitvraag_finish_sheet (ex, sheet, row - 1, TAFEL_UITVRAAG_INT_N_COLS, TRUE, error);
}

/* ---- Functiemix ----------------------------------------------------------- */

static const char *const mix_headers[] = {
  N_("Deelproduct"),
  N_("Function"),
  N_("Education level"),
  N_("Share (%)"),
  N_("Kind of time"),
  N_("Key"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (mix_headers) == TAFEL_UITVRAAG_MIX_N_COLS);

gboolean
_tafel_uitvraag_write_mix (TafelUitvraagExport  *ex,
                           GError              **error)
{
  static const double widths[] = { 36, 30, 16, 12, 16, HIDDEN };
  TafelXlsxSheet *sheet;
  guint32 row = FIRST;

  sheet = _tafel_uitvraag_add_sheet (ex, TAFEL_UITVRAAG_SHEET_MIX,
                                     _("Function mix per deelproduct"),
                                     _("The functions that deliver each deelproduct and their share of the hours "
                                       "in %; per deelproduct the shares add up to 100 per kind of time. Leave "
                                       "rows you do not need empty; an empty education level is the function’s "
                                       "own, an empty kind of time is direct time."),
                                     mix_headers, widths, TAFEL_UITVRAAG_MIX_N_COLS, error);
  if (sheet == NULL)
    return FALSE;

  for (guint i = 0; i < ex->deelproducten->len; i++)
    {
      TafelDeelproduct *dp = g_ptr_array_index (ex->deelproducten, i);
      g_autofree char *key = dup_key (dp, NULL);

      for (guint n = 0; n < TAFEL_UITVRAAG_MIX_ROWS; n++, row++)
        {
          tafel_xlsx_text (sheet, row, TAFEL_UITVRAAG_MIX_DEELPRODUCT, tafel_deelproduct_get_name (dp));
          tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_MIX_FUNCTIE, TAFEL_XLSX_INPUT_CHOICE, NULL);
          tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_MIX_OPLEIDING, TAFEL_XLSX_INPUT_CHOICE, NULL);
          tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_MIX_AANDEEL, TAFEL_XLSX_INPUT_NUMBER, NULL);
          tafel_xlsx_input (sheet, row, TAFEL_UITVRAAG_MIX_TIJDSOORT, TAFEL_XLSX_INPUT_CHOICE, NULL);
          tafel_xlsx_text (sheet, row, TAFEL_UITVRAAG_MIX_SLEUTEL, key);
        }

      if (!tafel_xlsx_check (ex->xlsx, error))
        return FALSE;
    }

  _tafel_uitvraag_validate_list (ex, sheet, FIRST, row - 1, TAFEL_UITVRAAG_MIX_FUNCTIE,
                                 TAFEL_UITVRAAG_LIJST_FUNCTIES);
  _tafel_uitvraag_validate_list (ex, sheet, FIRST, row - 1, TAFEL_UITVRAAG_MIX_OPLEIDING,
                                 TAFEL_UITVRAAG_LIJST_OPLEIDING);
  _tafel_uitvraag_validate_number (sheet, FIRST, row - 1, TAFEL_UITVRAAG_MIX_AANDEEL, 0, 100, _("Share (%)"));
  _tafel_uitvraag_validate_list (ex, sheet, FIRST, row - 1, TAFEL_UITVRAAG_MIX_TIJDSOORT,
                                 TAFEL_UITVRAAG_LIJST_TIJDSOORT);

  return _tafel_uitvraag_finish_sheet (ex, sheet, row - 1, TAFEL_UITVRAAG_MIX_N_COLS, TRUE, error);
}

/* ---- Groepen -------------------------------------------------------------- */

static const char *const groep_headers[] = {
  N_("Deelproduct"),
  N_("Youths per group"),
  N_("Expected occupancy (%)"),
  N_("Hours per meeting"),
  N_("Meetings per week"),
  N_("Direct staff per group"),
  N_("Indirect staff per group"),
  N_("Key"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (groep_headers) == TAFEL_UITVRAAG_GROEP_N_COLS);

/* The limits per value column, as the layout says. */
static const int groep_limits[][2] = {
  [TAFEL_UITVRAAG_GROEP_JEUGDIGEN] = { 1, 100 },
  [TAFEL_UITVRAAG_GROEP_BEZETTING] = { 1, 100 },
  [TAFEL_UITVRAAG_GROEP_UREN] = { 0, 24 },
  [TAFEL_UITVRAAG_GROEP_PER_WEEK] = { 0, 21 },
  [TAFEL_UITVRAAG_GROEP_DIRECT] = { 0, 100 },
  [TAFEL_UITVRAAG_GROEP_INDIRECT] = { 0, 100 },
};

gboolean
_tafel_uitvraag_write_groepen (TafelUitvraagExport  *ex,
                               GError              **error)
{
  static const double widths[] = { 36, 12, 12, 12, 12, 12, 12, HIDDEN };
  TafelXlsxSheet *sheet;
  guint32 row = FIRST;

  sheet = _tafel_uitvraag_add_sheet (ex, TAFEL_UITVRAAG_SHEET_GROEPEN, _("Group products"),
                                     _("Per group product: youths per group, the expected occupancy in %, "
                                       "hours per meeting, meetings per week, and the direct and indirect "
                                       "staff per group."),
                                     groep_headers, widths, TAFEL_UITVRAAG_GROEP_N_COLS, error);
  if (sheet == NULL)
    return FALSE;

  for (guint i = 0; i < ex->deelproducten->len; i++)
    {
      TafelDeelproduct *dp = g_ptr_array_index (ex->deelproducten, i);
      g_autofree char *key = NULL;

      if (!tafel_deelproduct_is_groepsproduct (dp))
        continue;

      key = dup_key (dp, NULL);
      tafel_xlsx_text (sheet, row, TAFEL_UITVRAAG_GROEP_DEELPRODUCT, tafel_deelproduct_get_name (dp));
      for (guint16 col = TAFEL_UITVRAAG_GROEP_JEUGDIGEN; col <= TAFEL_UITVRAAG_GROEP_INDIRECT; col++)
        tafel_xlsx_input (sheet, row, col, TAFEL_XLSX_INPUT_NUMBER, NULL);
      tafel_xlsx_text (sheet, row, TAFEL_UITVRAAG_GROEP_SLEUTEL, key);
      row++;

      if (!tafel_xlsx_check (ex->xlsx, error))
        return FALSE;
    }

  if (row == FIRST)
    {
      /* Above the header, so that the reader never takes it for a row. */
      tafel_xlsx_note (sheet, TAFEL_UITVRAAG_HEADER_ROW - 1, 0, _("There are no group products in this traject."));
    }
  else
    {
      for (guint16 col = TAFEL_UITVRAAG_GROEP_JEUGDIGEN; col <= TAFEL_UITVRAAG_GROEP_INDIRECT; col++)
        _tafel_uitvraag_validate_number (sheet, FIRST, row - 1, col, groep_limits[col][0], groep_limits[col][1],
                                         _(groep_headers[col]));
    }

  return _tafel_uitvraag_finish_sheet (ex, sheet, MAX (row, FIRST + 1) - 1, TAFEL_UITVRAAG_GROEP_N_COLS,
                                       FALSE, error);
}

/* ---- Advies --------------------------------------------------------------- */

static const char *const advies_headers[] = {
  N_("Question"),
  N_("Your answer"),
};

gboolean
_tafel_uitvraag_write_advies (TafelUitvraagExport  *ex,
                              GError              **error)
{
  static const double widths[] = { 45, 90 };
  static const struct {
    guint32     row;
    const char *question;
  } questions[] = {
    { TAFEL_UITVRAAG_ADVIES_BELANGRIJKST, N_("What is your most important advice for this traject?") },
    { TAFEL_UITVRAAG_ADVIES_ONDERWERPEN, N_("Which topics should the next session discuss?") },
    { TAFEL_UITVRAAG_ADVIES_VRAGEN, N_("Which questions do you have for the next session?") },
  };
  TafelXlsxSheet *sheet;

  sheet = _tafel_uitvraag_add_sheet (ex, TAFEL_UITVRAAG_SHEET_ADVIES, _("Advice and the next session"),
                                     _("Write your answer in the coloured cell beside each question."),
                                     advies_headers, widths, G_N_ELEMENTS (advies_headers), error);
  if (sheet == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      tafel_xlsx_text (sheet, questions[i].row, 0, _(questions[i].question));
      tafel_xlsx_input (sheet, questions[i].row, TAFEL_UITVRAAG_ADVIES_COL, TAFEL_XLSX_INPUT_TEXT, NULL);
      tafel_xlsx_set_height (sheet, questions[i].row, 90);
    }
  _tafel_uitvraag_validate_text (sheet, TAFEL_UITVRAAG_ADVIES_BELANGRIJKST, TAFEL_UITVRAAG_ADVIES_VRAGEN,
                                 TAFEL_UITVRAAG_ADVIES_COL);

  return _tafel_uitvraag_finish_sheet (ex, sheet, TAFEL_UITVRAAG_ADVIES_VRAGEN, G_N_ELEMENTS (advies_headers),
                                       FALSE, error);
}
