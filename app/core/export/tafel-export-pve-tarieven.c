/* tafel-export-pve-tarieven.c: the cost-price build-up as live formulas
 *
 * The "Rates" sheet of the Programma van Eisen: the cost-price parameters
 * in labelled cells, the function profiles with their salary cost per
 * paid hour, and per deelproduct the build-up of tafel-tarief.h as Excel
 * formulas that refer to those cells, so that an auditor can change a
 * parameter, a salary cost or a share and see every price follow. Each
 * formula also carries the result this application computed (with
 * tafel-tarief / tafel-kostprijs), so a viewer that does not recalculate
 * shows the same numbers as the application.
 *
 * The layout, from the top (columns A to G):
 *
 *   title, traject, notes
 *   Parameter | Value                        one row per parameter, B = value
 *   Function profile | … | Salary cost per paid hour
 *       G = D × ((1 + vakantiegeld + eindejaarsuitkering + ORT)
 *                × (1 + sociale lasten))
 *   per deelproduct, under its name:
 *     Kind of time | Function profile | Share | Salary cost | Productivity
 *       | Share × salary cost ÷ productivity      (one row per mix line:
 *       D and E refer to the profile's row, F = C × D ÷ E)
 *     the steps in column F: staff cost per direct hour (SUM of the direct
 *       lines), per indirect hour (SUM of the indirect lines), indirect
 *       hours per direct hour, indirect staff cost per direct hour, other
 *       costs, subtotal, × (1 + overhead), × (1 + risico), × (1 +
 *       indexatie) = price per direct hour
 *     Level | Decided hours | Unit | Decided duration | Duration unit
 *       | Hours per trajectory | Price per trajectory
 *     for a group product: the group parameters and the price per client
 *       per group hour
 *
 * Formulas are built from cell references, operators and constants only;
 * every name (profile, deelproduct) goes into a text cell.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "tafel-besluit.h"
#include "tafel-decimal.h"
#include "tafel-export-pve-private.h"
#include "tafel-kostprijs.h"

enum {
  COL_A,
  COL_B,
  COL_C,
  COL_D,
  COL_E,
  COL_F,
  COL_G,
};

/* The column of the amounts in a deelproduct's build-up. */
#define COL_AMOUNT COL_F

typedef enum {
  PARAM_VAKANTIEGELD,
  PARAM_EINDEJAARSUITKERING,
  PARAM_ORT,
  PARAM_SOCIALE_LASTEN,
  PARAM_OVERIGE_KOSTEN,
  PARAM_OVERHEAD,
  PARAM_RISICO,
  PARAM_INDEXATIE,
  PARAM_UREN_PER_DAGDEEL,
  N_PARAMS
} Param;

static const struct {
  const char         *label;
  TafelXlsxNumFormat  format;
} param_rows[N_PARAMS] = {
  { N_("Holiday pay"), TAFEL_XLSX_PERCENT },
  { N_("Year-end bonus"), TAFEL_XLSX_PERCENT },
  { N_("Irregular-hours surcharge (ORT)"), TAFEL_XLSX_PERCENT },
  { N_("Social charges and pension"), TAFEL_XLSX_PERCENT },
  { N_("Other client-bound costs per direct hour"), TAFEL_XLSX_EURO },
  { N_("Overhead"), TAFEL_XLSX_PERCENT },
  { N_("Risk and innovation"), TAFEL_XLSX_PERCENT },
  { N_("Indexation"), TAFEL_XLSX_PERCENT },
  { N_("Hours per dagdeel"), TAFEL_XLSX_DECIMAL },
};

static const char *const param_headers[] = {
  N_("Parameter"),
  N_("Value"),
};

static const char *const profiel_headers[] = {
  N_("Function profile"),
  N_("Education level"),
  N_("CAO scale"),
  N_("Hourly salary cost"),
  N_("Productivity"),
  N_("Example value"),
  N_("Salary cost per paid hour"),
};

static const char *const mix_headers[] = {
  N_("Kind of time"),
  N_("Function profile"),
  N_("Share"),
  N_("Salary cost per paid hour"),
  N_("Productivity"),
  N_("Share × salary cost ÷ productivity"),
};

static const char *const niveau_headers[] = {
  N_("Level"),
  N_("Decided hours"),
  N_("Unit"),
  N_("Decided duration"),
  N_("Duration unit"),
  N_("Hours per trajectory"),
  N_("Price per trajectory"),
};

typedef struct {
  TafelPveExport             *ex;
  TafelXlsxSheet             *sheet;
  const TafelKostprijsInvoer *invoer;
  guint32                     row;
  char                       *param[N_PARAMS];  /* "$B$8": where each parameter is */
  guint32                     profiel_row;      /* the row of function 0 */
} Tarieven;

/* Cells of one deelproduct's build-up that later rows refer to. */
typedef struct {
  char *direct;     /* staff cost per direct hour */
  char *other;      /* other client-bound costs per direct hour */
  char *uurprijs;   /* price per direct hour, absolute */
} Opbouw;

static void
opbouw_clear (Opbouw *o)
{
  g_clear_pointer (&o->direct, g_free);
  g_clear_pointer (&o->other, g_free);
  g_clear_pointer (&o->uurprijs, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Opbouw, opbouw_clear)

static double
param_value (const TafelTariefParameters *p,
             Param                        param)
{
  switch (param)
    {
    case PARAM_VAKANTIEGELD:
      return p->vakantiegeld;
    case PARAM_EINDEJAARSUITKERING:
      return p->eindejaarsuitkering;
    case PARAM_ORT:
      return p->ort;
    case PARAM_SOCIALE_LASTEN:
      return p->sociale_lasten;
    case PARAM_OVERIGE_KOSTEN:
      return p->overige_kosten_per_uur;
    case PARAM_OVERHEAD:
      return p->overhead;
    case PARAM_RISICO:
      return p->risico;
    case PARAM_INDEXATIE:
      return p->indexatie;
    case PARAM_UREN_PER_DAGDEEL:
      return p->uren_per_dagdeel;
    case N_PARAMS:
    default:
      g_return_val_if_reached (NAN);
    }
}

static char *
ref (guint32 row,
     guint16 col)
{
  return tafel_xlsx_cell_ref (row, col, FALSE);
}

static char *
abs_ref (guint32 row,
         guint16 col)
{
  return tafel_xlsx_cell_ref (row, col, TRUE);
}

/* A formula "=…" in column F of the current row, with a label in A, and
 * the reference of that cell; the row moves on. */
static char *
write_step (Tarieven           *t,
            const char         *label,
            double              cached,
            TafelXlsxNumFormat  format,
            const char         *formula_format,
            ...) G_GNUC_PRINTF (5, 6);

static char *
write_step (Tarieven           *t,
            const char         *label,
            double              cached,
            TafelXlsxNumFormat  format,
            const char         *formula_format,
            ...)
{
  g_autofree char *formula = NULL;
  va_list args;

  va_start (args, formula_format);
  formula = g_strdup_vprintf (formula_format, args);
  va_end (args);

  if (format == TAFEL_XLSX_EURO_TOTAL)
    tafel_xlsx_label (t->sheet, t->row, COL_A, label);
  else
    tafel_xlsx_text (t->sheet, t->row, COL_A, label);
  tafel_xlsx_formula (t->sheet, t->row, COL_AMOUNT, formula, cached, format);

  return ref (t->row++, COL_AMOUNT);
}

/* A number in column F of the current row, with a label in A. */
static char *
write_input (Tarieven           *t,
             const char         *label,
             double              value,
             TafelXlsxNumFormat  format)
{
  tafel_xlsx_text (t->sheet, t->row, COL_A, label);
  tafel_xlsx_value (t->sheet, t->row, COL_AMOUNT, value, format);
  return ref (t->row++, COL_AMOUNT);
}

static void
write_intro (Tarieven *t)
{
  TafelXlsxSheet *sheet = t->sheet;

  tafel_xlsx_title (sheet, t->row++, COL_A, _("Rates"), FALSE);
  tafel_xlsx_title (sheet, t->row++, COL_A, tafel_traject_get_name (t->ex->traject), TRUE);
  tafel_xlsx_note (sheet, t->row++, COL_A,
                   _("Values marked as example value are examples: replace them with the region's own "
                     "before the prices are used."));
  tafel_xlsx_note (sheet, t->row++, COL_A,
                   _("The prices are formulas: change a parameter, a salary cost or a share in this sheet "
                     "and Excel or LibreOffice recalculates them."));
  tafel_xlsx_note (sheet, t->row++, COL_A,
                   _("Hours per trajectory: a month counts as 52/12 weeks, a dagdeel as the hours per dagdeel "
                     "below."));
  t->row++;
}

static void
write_parameters (Tarieven *t)
{
  const TafelTariefParameters *p = &t->invoer->params;

  _tafel_pve_write_header (t->sheet, t->row++, param_headers, G_N_ELEMENTS (param_headers));
  for (guint i = 0; i < N_PARAMS; i++, t->row++)
    {
      tafel_xlsx_text (t->sheet, t->row, COL_A, _(param_rows[i].label));
      tafel_xlsx_value (t->sheet, t->row, COL_B, param_value (p, i), param_rows[i].format);
      t->param[i] = abs_ref (t->row, COL_B);
    }
  t->row++;
}

static gboolean
write_profielen (Tarieven  *t,
                 GError   **error)
{
  const TafelKostprijsInvoer *invoer = t->invoer;
  g_autoptr(GPtrArray) profielen = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (NULL, NULL);

  profielen = tafel_store_list (t->ex->store, TAFEL_TYPE_FUNCTIEPROFIEL, t->ex->traject_id, error);
  if (profielen == NULL)
    return FALSE;
  for (guint i = 0; i < profielen->len; i++)
    {
      TafelEntity *p = g_ptr_array_index (profielen, i);

      g_hash_table_insert (by_id, GSIZE_TO_POINTER ((gsize) tafel_entity_get_id (p)), p);
    }

  _tafel_pve_write_header (t->sheet, t->row++, profiel_headers, G_N_ELEMENTS (profiel_headers));
  t->profiel_row = t->row;

  for (guint i = 0; i < invoer->functies->len; i++, t->row++)
    {
      const TafelTariefFunctie *f = &g_array_index (invoer->functies, TafelTariefFunctie, i);
      gint64 id = g_array_index (invoer->profiel_ids, gint64, i);
      TafelFunctieprofiel *p = g_hash_table_lookup (by_id, GSIZE_TO_POINTER ((gsize) id));
      g_autofree char *uurloon = ref (t->row, COL_D);
      g_autofree char *formula = NULL;

      /* the name is user text: a text cell, whatever it looks like */
      tafel_xlsx_text (t->sheet, t->row, COL_A, f->name);
      if (p != NULL)
        {
          tafel_xlsx_text (t->sheet, t->row, COL_B,
                           tafel_choice_label (tafel_opleidingsniveaus, tafel_functieprofiel_get_opleidingsniveau (p)));
          tafel_xlsx_text (t->sheet, t->row, COL_C, tafel_functieprofiel_get_cao_schaal (p));
          tafel_xlsx_text (t->sheet, t->row, COL_F, tafel_functieprofiel_is_voorbeeld (p) ? _("Yes") : _("No"));
        }
      tafel_xlsx_value (t->sheet, t->row, COL_D, f->uurloon, TAFEL_XLSX_EURO);
      tafel_xlsx_value (t->sheet, t->row, COL_E, f->productiviteit, TAFEL_XLSX_PERCENT);

      /* tafel_tarief_salariskosten(): uurloon × ((1 + v + e + o) × (1 + s)) */
      formula = g_strdup_printf ("=%s*((1+%s+%s+%s)*(1+%s))", uurloon,
                                 t->param[PARAM_VAKANTIEGELD], t->param[PARAM_EINDEJAARSUITKERING],
                                 t->param[PARAM_ORT], t->param[PARAM_SOCIALE_LASTEN]);
      tafel_xlsx_formula (t->sheet, t->row, COL_G, formula, tafel_tarief_salariskosten (&invoer->params, f),
                          TAFEL_XLSX_EURO);

      if (!tafel_xlsx_check (t->ex->xlsx, error))
        return FALSE;
    }

  return TRUE;
}

/* The lines of @tijdsoort, each share × salary cost ÷ productivity; the
 * range of their amounts, or NULL when there are none. */
static char *
write_mix_lines (Tarieven             *t,
                 const TafelKostprijs *k,
                 TafelTijdsoort        tijdsoort)
{
  const TafelKostprijsInvoer *invoer = t->invoer;
  const char *kind = tafel_choice_label (tafel_tijdsoorten, tijdsoort == TAFEL_TIJD_DIRECT ? "direct" : "indirect");
  guint32 first = t->row;

  for (guint i = 0; i < k->mix->len; i++)
    {
      const TafelTariefMixRegel *regel = &g_array_index (k->mix, TafelTariefMixRegel, i);
      const TafelTariefFunctie *f;
      guint32 profiel;
      g_autofree char *salaris_ref = NULL;
      g_autofree char *productiviteit_ref = NULL;
      g_autofree char *salaris_formula = NULL;
      g_autofree char *productiviteit_formula = NULL;
      g_autofree char *share = NULL;
      g_autofree char *salaris = NULL;
      g_autofree char *productiviteit = NULL;
      g_autofree char *formula = NULL;
      double salariskosten;

      if (regel->tijdsoort != tijdsoort)
        continue;

      f = &g_array_index (invoer->functies, TafelTariefFunctie, regel->functie);
      salariskosten = tafel_tarief_salariskosten (&invoer->params, f);
      /* salary cost and productivity come from the profile's row */
      profiel = t->profiel_row + regel->functie;
      salaris_ref = abs_ref (profiel, COL_G);
      productiviteit_ref = abs_ref (profiel, COL_E);
      salaris_formula = g_strconcat ("=", salaris_ref, NULL);
      productiviteit_formula = g_strconcat ("=", productiviteit_ref, NULL);
      share = ref (t->row, COL_C);
      salaris = ref (t->row, COL_D);
      productiviteit = ref (t->row, COL_E);

      tafel_xlsx_text (t->sheet, t->row, COL_A, kind);
      tafel_xlsx_text (t->sheet, t->row, COL_B, f->name);
      tafel_xlsx_value (t->sheet, t->row, COL_C, regel->aandeel, TAFEL_XLSX_PERCENT);
      tafel_xlsx_formula (t->sheet, t->row, COL_D, salaris_formula, salariskosten, TAFEL_XLSX_EURO);
      tafel_xlsx_formula (t->sheet, t->row, COL_E, productiviteit_formula, f->productiviteit, TAFEL_XLSX_PERCENT);
      /* as tafel-tarief.c: aandeel × salariskosten ÷ productiviteit */
      formula = g_strdup_printf ("=%s*%s/%s", share, salaris, productiviteit);
      tafel_xlsx_formula (t->sheet, t->row, COL_AMOUNT, formula,
                          regel->aandeel * salariskosten / f->productiviteit, TAFEL_XLSX_EURO);
      t->row++;
    }

  if (t->row == first)
    return NULL;

  {
    g_autofree char *from = ref (first, COL_AMOUNT);
    g_autofree char *to = ref (t->row - 1, COL_AMOUNT);

    return g_strdup_printf ("%s:%s", from, to);
  }
}

/* The price per direct hour of a priced deelproduct, step by step as in
 * tafel-tarief.h. */
static void
write_price (Tarieven             *t,
             const TafelKostprijs *k,
             Opbouw               *o)
{
  const TafelKostprijsInvoer *invoer = t->invoer;
  const TafelTariefParameters *p = &invoer->params;
  const TafelTariefFunctie *functies = (const TafelTariefFunctie *) invoer->functies->data;
  const TafelTariefMixRegel *mix = (const TafelTariefMixRegel *) k->mix->data;
  g_autofree char *direct_range = NULL;
  g_autofree char *indirect_range = NULL;
  g_autofree char *indirect = NULL;
  g_autofree char *ratio = NULL;
  g_autofree char *indirect_per_direct = NULL;
  g_autofree char *subtotal = NULL;
  g_autofree char *with_overhead = NULL;
  g_autofree char *with_risico = NULL;
  double direct_cost, indirect_cost, indirect_pd, subtotal_cost, overhead_cost, risico_cost;

  _tafel_pve_write_header (t->sheet, t->row++, mix_headers, G_N_ELEMENTS (mix_headers));
  direct_range = write_mix_lines (t, k, TAFEL_TIJD_DIRECT);
  indirect_range = write_mix_lines (t, k, TAFEL_TIJD_INDIRECT);

  /* the same arithmetic as tafel_tarief_uurprijs(), one step at a time */
  direct_cost = tafel_tarief_kosten_per_uur (p, functies, invoer->functies->len, mix, k->mix->len, TAFEL_TIJD_DIRECT);
  indirect_cost = tafel_tarief_kosten_per_uur (p, functies, invoer->functies->len, mix, k->mix->len,
                                               TAFEL_TIJD_INDIRECT);
  indirect_pd = k->indirect_per_direct * indirect_cost;
  subtotal_cost = direct_cost + indirect_pd + p->overige_kosten_per_uur;
  overhead_cost = subtotal_cost * (1.0 + p->overhead);
  risico_cost = overhead_cost * (1.0 + p->risico);

  /* a priced mix always has direct time */
  o->direct = write_step (t, _("Staff cost per direct hour"), direct_cost, TAFEL_XLSX_EURO,
                          "=SUM(%s)", direct_range);
  if (indirect_range != NULL)
    indirect = write_step (t, _("Staff cost per indirect hour"), indirect_cost, TAFEL_XLSX_EURO,
                           "=SUM(%s)", indirect_range);
  else
    {
      tafel_xlsx_text (t->sheet, t->row, COL_B, _("no indirect time in the functiemix"));
      indirect = write_input (t, _("Staff cost per indirect hour"), 0.0, TAFEL_XLSX_EURO);
    }
  ratio = write_input (t, _("Indirect hours per direct hour"), k->indirect_per_direct, TAFEL_XLSX_DECIMAL);
  indirect_per_direct = write_step (t, _("Indirect staff cost per direct hour"), indirect_pd, TAFEL_XLSX_EURO,
                                    "=%s*%s", ratio, indirect);
  o->other = write_step (t, _("Other client-bound costs per direct hour"), p->overige_kosten_per_uur,
                         TAFEL_XLSX_EURO, "=%s", t->param[PARAM_OVERIGE_KOSTEN]);
  subtotal = write_step (t, _("Subtotal"), subtotal_cost, TAFEL_XLSX_EURO,
                         "=%s+%s+%s", o->direct, indirect_per_direct, o->other);
  with_overhead = write_step (t, _("Subtotal plus overhead"), overhead_cost, TAFEL_XLSX_EURO,
                              "=%s*(1+%s)", subtotal, t->param[PARAM_OVERHEAD]);
  with_risico = write_step (t, _("Plus risk and innovation"), risico_cost, TAFEL_XLSX_EURO,
                            "=%s*(1+%s)", with_overhead, t->param[PARAM_RISICO]);

  /* the application's own price, which the steps above add up to */
  g_free (write_step (t, _("Price per direct hour"), k->uurprijs, TAFEL_XLSX_EURO_TOTAL,
                      "=%s*(1+%s)", with_risico, t->param[PARAM_INDEXATIE]));
  o->uurprijs = abs_ref (t->row - 1, COL_AMOUNT);
}

/* The hours of a whole trajectory as tafel_tarief_uren_traject() counts
 * them, from the decided hours in @per_eenheid and the decided duration in
 * @duur: a month is 52/12 weeks, a dagdeel the hours of the parameter. */
static char *
uren_formula (Tarieven         *t,
              TafelEenheid      eenheid,
              TafelDuurEenheid  duur_eenheid,
              const char       *per_eenheid,
              const char       *duur)
{
  g_autofree char *weken = duur_eenheid == TAFEL_DUUR_WEKEN ? g_strdup (duur) : g_strdup_printf ("(%s*(52/12))", duur);
  g_autofree char *maanden = duur_eenheid == TAFEL_DUUR_MAANDEN ? g_strdup (duur) : g_strdup_printf ("(%s/(52/12))", duur);

  switch (eenheid)
    {
    case TAFEL_EENHEID_UREN_PER_MAAND:
      return g_strdup_printf ("=%s*%s", per_eenheid, maanden);
    case TAFEL_EENHEID_DAGDELEN_PER_WEEK:
      return g_strdup_printf ("=%s*%s*%s", per_eenheid, t->param[PARAM_UREN_PER_DAGDEEL], weken);
    case TAFEL_EENHEID_UREN_PER_WEEK:
    default:
      return g_strdup_printf ("=%s*%s", per_eenheid, weken);
    }
}

static void
write_niveaus (Tarieven                    *t,
               TafelDeelproduct            *dp,
               const TafelDeelproductStats *stats,
               const TafelKostprijs        *k,
               const char                  *uurprijs)
{
  TafelEenheid eenheid = tafel_kostprijs_eenheid (tafel_deelproduct_get_intensiteit_eenheid (dp));
  TafelDuurEenheid duur_eenheid = tafel_kostprijs_duur_eenheid (tafel_deelproduct_get_duur_eenheid (dp));
  const char *unit = tafel_choice_label (tafel_intensiteit_eenheden, tafel_deelproduct_get_intensiteit_eenheid (dp));
  const char *duur_unit = tafel_choice_label (tafel_duur_eenheden, tafel_deelproduct_get_duur_eenheid (dp));

  _tafel_pve_write_header (t->sheet, t->row++, niveau_headers, G_N_ELEMENTS (niveau_headers));

  for (guint j = 0; j < stats->niveaus->len; j++, t->row++)
    {
      const TafelNiveauStats *n = g_ptr_array_index (stats->niveaus, j);
      int level = tafel_choice_index (tafel_niveaus, n->niveau);
      g_autofree char *per_eenheid = ref (t->row, COL_B);
      g_autofree char *duur = ref (t->row, COL_D);
      g_autofree char *uren = ref (t->row, COL_F);

      tafel_xlsx_text (t->sheet, t->row, COL_A, tafel_choice_label (tafel_niveaus, n->niveau));
      if (n->besluit_uren != TAFEL_DECIMAL_NONE)
        tafel_xlsx_value (t->sheet, t->row, COL_B, tafel_decimal_to_double (n->besluit_uren), TAFEL_XLSX_DECIMAL);
      tafel_xlsx_text (t->sheet, t->row, COL_C, unit);
      if (n->besluit_duur != TAFEL_DECIMAL_NONE)
        tafel_xlsx_value (t->sheet, t->row, COL_D, tafel_decimal_to_double (n->besluit_duur), TAFEL_XLSX_DECIMAL);
      tafel_xlsx_text (t->sheet, t->row, COL_E, duur_unit);

      /* both decided: the hours of a trajectory, and its price */
      if (level < 0 || level >= 4 || isnan (k->uren[level]))
        continue;

      {
        g_autofree char *formula = uren_formula (t, eenheid, duur_eenheid, per_eenheid, duur);

        tafel_xlsx_formula (t->sheet, t->row, COL_F, formula, k->uren[level], TAFEL_XLSX_DECIMAL);
      }
      if (uurprijs != NULL && !isnan (k->prijs[level]))
        {
          g_autofree char *formula = g_strdup_printf ("=%s*%s", uren, uurprijs);

          tafel_xlsx_formula (t->sheet, t->row, COL_G, formula, k->prijs[level], TAFEL_XLSX_EURO_TOTAL);
        }
    }
}

/* A group product: the decided group parameters that the price uses and
 * the price per client per group hour, which counts the group's indirect
 * staff instead of the deelproduct's indirect time (see tafel-kostprijs.c). */
static void
write_groep (Tarieven                    *t,
             const TafelDeelproductStats *stats,
             const TafelKostprijs        *k,
             const Opbouw                *o)
{
  const TafelKostprijsInvoer *invoer = t->invoer;
  const TafelTariefParameters *p = &invoer->params;
  const gint64 *besluit = stats->groep_besluit;
  g_autofree char *jeugdigen = NULL;
  g_autofree char *bezetting = NULL;
  g_autofree char *direct = NULL;
  g_autofree char *indirect = NULL;
  g_autofree char *uurprijs = NULL;
  double uurprijs_zonder_indirect;

  tafel_xlsx_label (t->sheet, t->row++, COL_A, _("Group parameters"));
  if (besluit[TAFEL_GROEP_JEUGDIGEN] != TAFEL_DECIMAL_NONE)
    jeugdigen = write_input (t, _("Youths per group"), tafel_decimal_to_double (besluit[TAFEL_GROEP_JEUGDIGEN]),
                             TAFEL_XLSX_DECIMAL);
  if (besluit[TAFEL_GROEP_BEZETTING] != TAFEL_DECIMAL_NONE)
    bezetting = write_input (t, _("Expected occupancy"),
                             tafel_decimal_to_double (besluit[TAFEL_GROEP_BEZETTING]) / 100.0, TAFEL_XLSX_PERCENT);
  if (besluit[TAFEL_GROEP_DIRECT] != TAFEL_DECIMAL_NONE)
    direct = write_input (t, _("Direct staff per group"), tafel_decimal_to_double (besluit[TAFEL_GROEP_DIRECT]),
                          TAFEL_XLSX_DECIMAL);
  /* no indirect staff counts as none, as in tafel-kostprijs.c */
  indirect = write_input (t, _("Indirect staff per group"),
                          besluit[TAFEL_GROEP_INDIRECT] == TAFEL_DECIMAL_NONE
                          ? 0.0 : tafel_decimal_to_double (besluit[TAFEL_GROEP_INDIRECT]),
                          TAFEL_XLSX_DECIMAL);

  if (isnan (k->groep_per_client) || jeugdigen == NULL || bezetting == NULL || direct == NULL)
    {
      tafel_xlsx_label (t->sheet, t->row, COL_A, _("Price per client per group hour"));
      tafel_xlsx_text (t->sheet, t->row++, COL_B,
                       _("No price yet: the decided youths per group, occupancy and direct staff per group "
                         "are needed, with at least one member of staff."));
      return;
    }

  uurprijs_zonder_indirect = tafel_tarief_uurprijs (p, (const TafelTariefFunctie *) invoer->functies->data,
                                                    invoer->functies->len,
                                                    (const TafelTariefMixRegel *) k->mix->data, k->mix->len, 0.0);
  uurprijs = write_step (t, _("Price per direct hour without indirect time"), uurprijs_zonder_indirect,
                         TAFEL_XLSX_EURO, "=(%s+%s)*(1+%s)*(1+%s)*(1+%s)", o->direct, o->other,
                         t->param[PARAM_OVERHEAD], t->param[PARAM_RISICO], t->param[PARAM_INDEXATIE]);
  /* tafel_tarief_groep_per_client(): uurprijs × staff ÷ youths present */
  g_free (write_step (t, _("Price per client per group hour"), k->groep_per_client, TAFEL_XLSX_EURO_TOTAL,
                      "=%s*(%s+%s)/(%s*%s)", uurprijs, direct, indirect, jeugdigen, bezetting));
}

static gboolean
has_decided_niveau (const TafelDeelproductStats *stats)
{
  for (guint j = 0; j < stats->niveaus->len; j++)
    {
      const TafelNiveauStats *n = g_ptr_array_index (stats->niveaus, j);

      if (n->besluit_uren != TAFEL_DECIMAL_NONE || n->besluit_duur != TAFEL_DECIMAL_NONE)
        return TRUE;
    }
  return FALSE;
}

static gboolean
write_deelproduct (Tarieven                    *t,
                   TafelDeelproduct            *dp,
                   const TafelDeelproductStats *stats,
                   GError                     **error)
{
  g_autoptr(TafelKostprijs) k = NULL;
  g_auto(Opbouw) o = { NULL };
  const char *code = tafel_deelproduct_get_productcode (dp);

  k = tafel_kostprijs_compute (t->ex->store, t->invoer, dp, error);
  if (k == NULL)
    return FALSE;

  tafel_xlsx_title (t->sheet, t->row++, COL_A, tafel_deelproduct_get_name (dp), TRUE);
  if (code != NULL && *code != '\0')
    {
      tafel_xlsx_text (t->sheet, t->row, COL_A, _("Productcode"));
      tafel_xlsx_text (t->sheet, t->row++, COL_B, code);
    }

  if (k->probleem != NULL)
    {
      tafel_xlsx_label (t->sheet, t->row, COL_A, _("No price yet"));
      tafel_xlsx_text (t->sheet, t->row++, COL_B, k->probleem);
    }
  else
    {
      write_price (t, k, &o);
    }

  if (has_decided_niveau (stats))
    write_niveaus (t, dp, stats, k, o.uurprijs);

  if (k->probleem == NULL && tafel_deelproduct_is_groepsproduct (dp))
    write_groep (t, stats, k, &o);

  t->row++;
  return tafel_xlsx_check (t->ex->xlsx, error);
}

gboolean
_tafel_pve_write_tarieven (TafelPveExport  *ex,
                           GError         **error)
{
  g_autoptr(TafelKostprijsInvoer) invoer = NULL;
  Tarieven t = { 0 };
  gboolean ok = FALSE;

  if (!_tafel_pve_load_stats (ex, error))
    return FALSE;

  invoer = tafel_kostprijs_invoer_load (ex->store, ex->traject_id, error);
  if (invoer == NULL)
    return FALSE;

  t.ex = ex;
  t.invoer = invoer;
  /* Translators: a sheet name; at most 31 characters, none of [ ] : * ? / \ in it */
  t.sheet = tafel_xlsx_add_sheet (ex->xlsx, _("Rates"), error);
  if (t.sheet == NULL)
    return FALSE;

  write_intro (&t);
  write_parameters (&t);
  if (!tafel_xlsx_check (ex->xlsx, error) || !write_profielen (&t, error))
    goto out;
  t.row++;

  for (guint i = 0; i < ex->deelproducten->len; i++)
    if (!write_deelproduct (&t, g_ptr_array_index (ex->deelproducten, i), g_ptr_array_index (ex->stats, i), error))
      goto out;

  tafel_xlsx_print (t.sheet, tafel_traject_get_name (ex->traject));
  ok = tafel_xlsx_check (ex->xlsx, error);

out:
  for (guint i = 0; i < N_PARAMS; i++)
    g_free (t.param[i]);
  return ok;
}
