/* tafel-tarief.c: the cost price (kostprijs) of a deelproduct, step by step */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tafel-error.h"
#include "tafel-tarief.h"

/* The most a dagdeel can last: a day. */
#define MAX_UREN_PER_DAGDEEL 24.0

/* ---- Dutch numbers ------------------------------------------------------ */

/* @value with @decimals decimals (2 or 3), a decimal comma and a dot
 * between thousands; trailing zeros (and then the comma) go when @trim.
 * Independent of the locale: "1.234,5". */
static char *
format_number (double   value,
               int      decimals,
               gboolean trim)
{
  char buf[512];
  const char *digits;
  const char *point;
  gsize int_len;
  GString *out;
  gboolean negative;

  if (!isfinite (value))
    return g_strdup (isnan (value) ? "?" : (value > 0 ? "∞" : "-∞"));

  g_ascii_formatd (buf, sizeof buf, decimals == 3 ? "%.3f" : "%.2f", value);

  negative = buf[0] == '-';
  digits = negative ? buf + 1 : buf;
  point = strchr (digits, '.');
  int_len = point != NULL ? (gsize) (point - digits) : strlen (digits);

  out = g_string_new (NULL);
  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append_c (out, '.');
      g_string_append_c (out, digits[i]);
    }

  if (point != NULL)
    {
      gsize frac_len = strlen (point + 1);

      if (trim)
        while (frac_len > 0 && point[frac_len] == '0')
          frac_len--;
      if (frac_len > 0)
        {
          g_string_append_c (out, ',');
          g_string_append_len (out, point + 1, frac_len);
        }
    }

  /* -0,001 rounds to "0": no minus sign in front of a zero */
  if (negative && strspn (out->str, "0.,") != out->len)
    g_string_prepend_c (out, '-');

  return g_string_free (out, FALSE);
}

/* 0.083 → "8,3" (no percent sign) */
static char *
format_percent_number (double fraction)
{
  return format_number (fraction * 100.0, 2, TRUE);
}

/* 0.25 → "0,25"; 8 → "8" */
static char *
format_plain (double value)
{
  return format_number (value, 3, TRUE);
}

char *
tafel_tarief_format_euro (double value)
{
  g_autofree char *number = format_number (value, 2, FALSE);

  return g_strconcat ("€ ", number, NULL);
}

char *
tafel_tarief_format_percent (double fraction)
{
  g_autofree char *number = format_percent_number (fraction);

  return g_strconcat (number, "%", NULL);
}

/* ---- checking ----------------------------------------------------------- */

static void
set_invalid (GError    **error,
             const char *where,
             const char *what)
{
  g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID, "%s: %s", where, what);
}

/* A percentage from 0% to @max. @name is the translated name of the
 * field, such as "the holiday pay". */
static gboolean
check_fraction (double      value,
                double      max,
                const char *where,
                const char *name,
                GError    **error)
{
  g_autofree char *what = NULL;

  if (isnan (value))
    what = g_strdup_printf (_("%s is not a number."), name);
  else if (!(value >= 0.0 && value <= max))
    {
      g_autofree char *shown = format_percent_number (value);
      g_autofree char *shown_max = format_percent_number (max);

      what = g_strdup_printf (_("%s is %s%%; it must be between 0%% and %s%%."),
                              name, shown, shown_max);
    }
  else
    return TRUE;

  set_invalid (error, where, what);
  return FALSE;
}

/* A percentage above 0% and at most 100%. */
static gboolean
check_positive_fraction (double      value,
                         const char *where,
                         const char *name,
                         GError    **error)
{
  g_autofree char *what = NULL;

  if (isnan (value))
    what = g_strdup_printf (_("%s is not a number."), name);
  else if (!(value > 0.0 && value <= 1.0))
    {
      g_autofree char *shown = format_percent_number (value);

      what = g_strdup_printf (_("%s is %s%%; it must be more than 0%% and at most 100%%."),
                              name, shown);
    }
  else
    return TRUE;

  set_invalid (error, where, what);
  return FALSE;
}

/* An amount or a count of 0 or more; amounts are shown in euros. */
static gboolean
check_not_negative (double      value,
                    gboolean    euros,
                    const char *where,
                    const char *name,
                    GError    **error)
{
  g_autofree char *what = NULL;

  if (isnan (value))
    what = g_strdup_printf (_("%s is not a number."), name);
  else if (!(value >= 0.0 && isfinite (value)))
    {
      g_autofree char *shown = euros ? tafel_tarief_format_euro (value) : format_plain (value);

      if (value < 0.0)
        what = g_strdup_printf (_("%s is %s; it cannot be negative."), name, shown);
      else
        what = g_strdup_printf (_("%s is %s; that is too large."), name, shown);
    }
  else
    return TRUE;

  set_invalid (error, where, what);
  return FALSE;
}

/* A count above 0, at most @max (or without limit when @max is infinite). */
static gboolean
check_positive (double      value,
                double      max,
                const char *where,
                const char *name,
                GError    **error)
{
  g_autofree char *what = NULL;

  if (isnan (value))
    what = g_strdup_printf (_("%s is not a number."), name);
  else if (isinf (value) && value > 0.0)
    {
      g_autofree char *shown = format_plain (value);

      what = g_strdup_printf (_("%s is %s; that is too large."), name, shown);
    }
  else if (!(value > 0.0 && value <= max))
    {
      g_autofree char *shown = format_plain (value);

      if (isfinite (max))
        {
          g_autofree char *shown_max = format_plain (max);

          what = g_strdup_printf (_("%s is %s; it must be more than 0 and at most %s."),
                                  name, shown, shown_max);
        }
      else
        what = g_strdup_printf (_("%s is %s; it must be more than 0."), name, shown);
    }
  else
    return TRUE;

  set_invalid (error, where, what);
  return FALSE;
}

static gboolean
check_parameters (const TafelTariefParameters *p,
                  GError                     **error)
{
  const char *where = _("Tariff parameters");
  const struct {
    double      value;
    double      max;
    const char *name;
  } fractions[] = {
    { p->vakantiegeld, 1.0, N_("the holiday pay") },
    { p->eindejaarsuitkering, 1.0, N_("the year-end bonus") },
    { p->ort, 1.0, N_("the irregular-hours surcharge (ORT)") },
    { p->sociale_lasten, 1.0, N_("the percentage for social charges and pension") },
    { p->overhead, 1.0, N_("the overhead") },
    { p->risico, 1.0, N_("the surcharge for risk and innovation") },
    { p->indexatie, 0.5, N_("the indexation") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fractions); i++)
    if (!check_fraction (fractions[i].value, fractions[i].max, where, _(fractions[i].name), error))
      return FALSE;

  if (!check_not_negative (p->overige_kosten_per_uur, TRUE, where,
                           _("the amount for other client-bound costs per hour"), error))
    return FALSE;

  return check_positive (p->uren_per_dagdeel, MAX_UREN_PER_DAGDEEL, where,
                         _("the number of hours per dagdeel"), error);
}

static char *
describe_functie (const TafelTariefFunctie *f,
                  guint                     index)
{
  if (f->name != NULL && *f->name != '\0')
    return g_strdup_printf (_("Function %u (%s)"), index + 1, f->name);
  return g_strdup_printf (_("Function %u"), index + 1);
}

static gboolean
check_functie (const TafelTariefFunctie *f,
               guint                     index,
               GError                  **error)
{
  g_autofree char *where = describe_functie (f, index);

  return check_not_negative (f->uurloon, TRUE, where, _("the hourly wage"), error)
         && check_positive_fraction (f->productiviteit, where, _("the productivity"), error);
}

static gboolean
check_regel (const TafelTariefMixRegel *regel,
             guint                      index,
             guint                      n_functies,
             GError                   **error)
{
  g_autofree char *where = g_strdup_printf (_("Functiemix, line %u"), index + 1);

  if (regel->functie >= n_functies)
    {
      g_autofree char *what = NULL;

      if (n_functies == 0)
        what = g_strdup_printf (_("function %u does not exist; there are no functions."),
                                regel->functie + 1);
      else
        what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "function %u does not exist; there is only %u function.",
                                             "function %u does not exist; there are only %u functions.",
                                             n_functies),
                                regel->functie + 1, n_functies);
      set_invalid (error, where, what);
      return FALSE;
    }

  return check_fraction (regel->aandeel, 1.0, where, _("the share"), error);
}

/* The shares of one kind of time add up to 100%, give or take the margin. */
static gboolean
check_sum (double          sum,
           TafelTijdsoort  tijdsoort,
           GError        **error)
{
  g_autofree char *shown = NULL;
  g_autofree char *what = NULL;

  if (ABS (sum - 1.0) <= TAFEL_TARIEF_AANDEEL_MARGE)
    return TRUE;

  shown = format_percent_number (sum);
  if (tijdsoort == TAFEL_TIJD_DIRECT)
    what = g_strdup_printf (_("the shares of direct time add up to %s%%, not 100%%."), shown);
  else
    what = g_strdup_printf (_("the shares of indirect time add up to %s%%, not 100%%."), shown);
  set_invalid (error, _("Functiemix"), what);
  return FALSE;
}

/* ---- computing ---------------------------------------------------------- */

static double
salary_factor (const TafelTariefParameters *p)
{
  return (1.0 + p->vakantiegeld + p->eindejaarsuitkering + p->ort) * (1.0 + p->sociale_lasten);
}

/* The contribution of one line: aandeel × salariskosten / productiviteit. */
static double
regel_kosten (const TafelTariefParameters *p,
              const TafelTariefFunctie    *f,
              const TafelTariefMixRegel   *regel)
{
  return regel->aandeel * tafel_tarief_salariskosten (p, f) / f->productiviteit;
}

static gboolean
mix_is_usable (const TafelTariefFunctie  *functies,
               guint                      n_functies,
               const TafelTariefMixRegel *mix,
               guint                      n_mix)
{
  for (guint i = 0; i < n_mix; i++)
    {
      g_return_val_if_fail (mix[i].functie < n_functies, FALSE);
      g_return_val_if_fail (mix[i].tijdsoort == TAFEL_TIJD_DIRECT
                            || mix[i].tijdsoort == TAFEL_TIJD_INDIRECT, FALSE);
      g_return_val_if_fail (functies[mix[i].functie].productiviteit > 0.0, FALSE);
    }
  return TRUE;
}

/* The parts of the price, shared by tafel_tarief_uurprijs() and
 * tafel_tarief_explain() so that both give the same number. */
typedef struct {
  double direct;
  double indirect;
  double indirect_per_direct_hour;
  double subtotal;
  double overhead;
  double risico;
  double indexatie;
  double uurprijs;
} Opbouw;

static void
compute_opbouw (const TafelTariefParameters *p,
                const TafelTariefFunctie    *functies,
                guint                        n_functies,
                const TafelTariefMixRegel   *mix,
                guint                        n_mix,
                double                       indirect_per_direct,
                Opbouw                      *o)
{
  double with_overhead, with_risico;

  o->direct = tafel_tarief_kosten_per_uur (p, functies, n_functies, mix, n_mix, TAFEL_TIJD_DIRECT);
  o->indirect = tafel_tarief_kosten_per_uur (p, functies, n_functies, mix, n_mix, TAFEL_TIJD_INDIRECT);
  o->indirect_per_direct_hour = indirect_per_direct * o->indirect;
  o->subtotal = o->direct + o->indirect_per_direct_hour + p->overige_kosten_per_uur;

  with_overhead = o->subtotal * (1.0 + p->overhead);
  with_risico = with_overhead * (1.0 + p->risico);
  o->uurprijs = with_risico * (1.0 + p->indexatie);

  o->overhead = o->subtotal * p->overhead;
  o->risico = with_overhead * p->risico;
  o->indexatie = with_risico * p->indexatie;
}

/* ---- explaining --------------------------------------------------------- */

static void
add_stap (GPtrArray *steps,
          char      *label,
          char      *formula,
          double     value)
{
  TafelTariefStap *stap = g_new0 (TafelTariefStap, 1);

  stap->label = label;
  stap->formula = formula;
  stap->value = value;
  g_ptr_array_add (steps, stap);
}

static char *
functie_name (const TafelTariefFunctie *f,
              guint                     index)
{
  if (f->name != NULL && *f->name != '\0')
    return g_strdup (f->name);
  return g_strdup_printf (_("function %u"), index + 1);
}

/* "€ 48,38 + € 20,16": the sum of the lines of @tijdsoort */
static char *
format_line_sum (const TafelTariefParameters *p,
                 const TafelTariefFunctie    *functies,
                 const TafelTariefMixRegel   *mix,
                 guint                        n_mix,
                 TafelTijdsoort               tijdsoort)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n_mix; i++)
    {
      g_autofree char *amount = NULL;

      if (mix[i].tijdsoort != tijdsoort)
        continue;
      amount = tafel_tarief_format_euro (regel_kosten (p, &functies[mix[i].functie], &mix[i]));
      if (out->len > 0)
        g_string_append (out, " + ");
      g_string_append (out, amount);
    }

  return g_string_free (out, FALSE);
}

/* ---- public ------------------------------------------------------------- */

void
tafel_tarief_parameters_init_default (TafelTariefParameters *p)
{
  g_return_if_fail (p != NULL);

  p->vakantiegeld = 0.08;
  p->eindejaarsuitkering = 0.083;
  p->ort = 0.0;
  p->sociale_lasten = 0.30;
  p->overige_kosten_per_uur = 0.0;
  p->overhead = 0.20;
  p->risico = 0.02;
  p->indexatie = 0.035;
  p->uren_per_dagdeel = 4.0;
}

gboolean
tafel_tarief_check (const TafelTariefParameters *p,
                    const TafelTariefFunctie    *functies,
                    guint                        n_functies,
                    const TafelTariefMixRegel   *mix,
                    guint                        n_mix,
                    GError                     **error)
{
  double sum_direct = 0.0, sum_indirect = 0.0;
  guint n_direct = 0, n_indirect = 0;

  g_return_val_if_fail (p != NULL, FALSE);
  g_return_val_if_fail (functies != NULL || n_functies == 0, FALSE);
  g_return_val_if_fail (mix != NULL || n_mix == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_parameters (p, error))
    return FALSE;

  for (guint i = 0; i < n_functies; i++)
    if (!check_functie (&functies[i], i, error))
      return FALSE;

  for (guint i = 0; i < n_mix; i++)
    {
      g_return_val_if_fail (mix[i].tijdsoort == TAFEL_TIJD_DIRECT
                            || mix[i].tijdsoort == TAFEL_TIJD_INDIRECT, FALSE);

      if (!check_regel (&mix[i], i, n_functies, error))
        return FALSE;

      if (mix[i].tijdsoort == TAFEL_TIJD_DIRECT)
        {
          sum_direct += mix[i].aandeel;
          n_direct++;
        }
      else
        {
          sum_indirect += mix[i].aandeel;
          n_indirect++;
        }
    }

  if (n_direct == 0)
    {
      set_invalid (error, _("Functiemix"),
                   _("there is no line with direct time; add the function that works with the client."));
      return FALSE;
    }

  if (!check_sum (sum_direct, TAFEL_TIJD_DIRECT, error))
    return FALSE;

  if (n_indirect > 0 && !check_sum (sum_indirect, TAFEL_TIJD_INDIRECT, error))
    return FALSE;

  return TRUE;
}

gboolean
tafel_tarief_groep_check (const TafelTariefGroep *g,
                          GError                **error)
{
  const char *where;

  g_return_val_if_fail (g != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  where = _("Group");

  if (!check_positive (g->jeugdigen_per_groep, INFINITY, where, _("the group size"), error)
      || !check_positive_fraction (g->bezetting, where, _("the occupancy"), error)
      || !check_not_negative (g->direct_per_groep, FALSE, where,
                              _("the number of direct staff per group"), error)
      || !check_not_negative (g->indirect_per_groep, FALSE, where,
                              _("the number of indirect staff per group"), error))
    return FALSE;

  if (g->direct_per_groep + g->indirect_per_groep <= 0.0)
    {
      set_invalid (error, where, _("the group has no staff."));
      return FALSE;
    }

  return TRUE;
}

double
tafel_tarief_salariskosten (const TafelTariefParameters *p,
                            const TafelTariefFunctie    *functie)
{
  g_return_val_if_fail (p != NULL, 0.0);
  g_return_val_if_fail (functie != NULL, 0.0);

  return functie->uurloon * salary_factor (p);
}

double
tafel_tarief_kosten_per_uur (const TafelTariefParameters *p,
                             const TafelTariefFunctie    *functies,
                             guint                        n_functies,
                             const TafelTariefMixRegel   *mix,
                             guint                        n_mix,
                             TafelTijdsoort               tijdsoort)
{
  double sum = 0.0;

  g_return_val_if_fail (p != NULL, 0.0);
  g_return_val_if_fail (functies != NULL || n_functies == 0, 0.0);
  g_return_val_if_fail (mix != NULL || n_mix == 0, 0.0);
  g_return_val_if_fail (tijdsoort == TAFEL_TIJD_DIRECT || tijdsoort == TAFEL_TIJD_INDIRECT, 0.0);

  if (!mix_is_usable (functies, n_functies, mix, n_mix))
    return 0.0;

  for (guint i = 0; i < n_mix; i++)
    if (mix[i].tijdsoort == tijdsoort)
      sum += regel_kosten (p, &functies[mix[i].functie], &mix[i]);

  return sum;
}

double
tafel_tarief_uurprijs (const TafelTariefParameters *p,
                       const TafelTariefFunctie    *functies,
                       guint                        n_functies,
                       const TafelTariefMixRegel   *mix,
                       guint                        n_mix,
                       double                       indirect_per_direct)
{
  Opbouw o;

  g_return_val_if_fail (p != NULL, 0.0);
  g_return_val_if_fail (functies != NULL || n_functies == 0, 0.0);
  g_return_val_if_fail (mix != NULL || n_mix == 0, 0.0);
  g_return_val_if_fail (indirect_per_direct >= 0.0, 0.0);

  if (!mix_is_usable (functies, n_functies, mix, n_mix))
    return 0.0;

  compute_opbouw (p, functies, n_functies, mix, n_mix, indirect_per_direct, &o);
  return o.uurprijs;
}

double
tafel_tarief_groep_per_client (double                  uurprijs,
                               const TafelTariefGroep *g)
{
  g_return_val_if_fail (g != NULL, 0.0);
  g_return_val_if_fail (g->jeugdigen_per_groep > 0.0, 0.0);
  g_return_val_if_fail (g->bezetting > 0.0, 0.0);

  return uurprijs * (g->direct_per_groep + g->indirect_per_groep)
         / (g->jeugdigen_per_groep * g->bezetting);
}

double
tafel_tarief_uren_traject (const TafelTariefParameters *p,
                           double                       per_eenheid,
                           TafelEenheid                 eenheid,
                           double                       duur,
                           TafelDuurEenheid             duur_eenheid)
{
  double weken, maanden;

  g_return_val_if_fail (p != NULL, 0.0);
  g_return_val_if_fail (per_eenheid >= 0.0, 0.0);
  g_return_val_if_fail (duur >= 0.0, 0.0);
  g_return_val_if_fail (duur_eenheid == TAFEL_DUUR_WEKEN || duur_eenheid == TAFEL_DUUR_MAANDEN, 0.0);

  /* Convert only what needs converting, so that hours per month over
   * months (and per week over weeks) stay exact. */
  if (duur_eenheid == TAFEL_DUUR_WEKEN)
    {
      weken = duur;
      maanden = duur / TAFEL_TARIEF_WEKEN_PER_MAAND;
    }
  else
    {
      weken = duur * TAFEL_TARIEF_WEKEN_PER_MAAND;
      maanden = duur;
    }

  switch (eenheid)
    {
    case TAFEL_EENHEID_UREN_PER_WEEK:
      return per_eenheid * weken;
    case TAFEL_EENHEID_UREN_PER_MAAND:
      return per_eenheid * maanden;
    case TAFEL_EENHEID_DAGDELEN_PER_WEEK:
      return per_eenheid * p->uren_per_dagdeel * weken;
    default:
      g_return_val_if_reached (0.0);
    }
}

double
tafel_tarief_traject_prijs (double uurprijs,
                            double uren_traject)
{
  g_return_val_if_fail (uren_traject >= 0.0, 0.0);

  return uurprijs * uren_traject;
}

void
tafel_tarief_stap_free (TafelTariefStap *stap)
{
  if (stap == NULL)
    return;
  g_free (stap->label);
  g_free (stap->formula);
  g_free (stap);
}

GPtrArray *
tafel_tarief_explain (const TafelTariefParameters *p,
                      const TafelTariefFunctie    *functies,
                      guint                        n_functies,
                      const TafelTariefMixRegel   *mix,
                      guint                        n_mix,
                      double                       indirect_per_direct)
{
  g_autoptr(GPtrArray) steps = NULL;
  g_autofree char *vakantiegeld = NULL;
  g_autofree char *eindejaars = NULL;
  g_autofree char *ort = NULL;
  g_autofree char *sociale_lasten = NULL;
  Opbouw o;

  g_return_val_if_fail (p != NULL, NULL);
  g_return_val_if_fail (functies != NULL || n_functies == 0, NULL);
  g_return_val_if_fail (mix != NULL || n_mix == 0, NULL);
  g_return_val_if_fail (indirect_per_direct >= 0.0, NULL);

  if (!mix_is_usable (functies, n_functies, mix, n_mix))
    return NULL;

  compute_opbouw (p, functies, n_functies, mix, n_mix, indirect_per_direct, &o);

  steps = g_ptr_array_new_with_free_func ((GDestroyNotify) tafel_tarief_stap_free);

  vakantiegeld = tafel_tarief_format_percent (p->vakantiegeld);
  eindejaars = tafel_tarief_format_percent (p->eindejaarsuitkering);
  ort = tafel_tarief_format_percent (p->ort);
  sociale_lasten = tafel_tarief_format_percent (p->sociale_lasten);

  for (guint i = 0; i < n_functies; i++)
    {
      g_autofree char *name = functie_name (&functies[i], i);
      g_autofree char *uurloon = tafel_tarief_format_euro (functies[i].uurloon);

      add_stap (steps,
                g_strdup_printf (_("Salary cost per hour, %s"), name),
                /* Translators: wage × (1 + holiday pay + year-end bonus + ORT) × (1 + social charges) */
                g_strdup_printf (_("%s × (1 + %s + %s + %s) × (1 + %s)"),
                                 uurloon, vakantiegeld, eindejaars, ort, sociale_lasten),
                tafel_tarief_salariskosten (p, &functies[i]));
    }

  for (guint i = 0; i < n_mix; i++)
    {
      const TafelTariefFunctie *f = &functies[mix[i].functie];
      g_autofree char *name = functie_name (f, mix[i].functie);
      g_autofree char *aandeel = tafel_tarief_format_percent (mix[i].aandeel);
      g_autofree char *salaris = tafel_tarief_format_euro (tafel_tarief_salariskosten (p, f));
      g_autofree char *productiviteit = tafel_tarief_format_percent (f->productiviteit);
      char *label;

      if (mix[i].tijdsoort == TAFEL_TIJD_DIRECT)
        label = g_strdup_printf (_("Direct time, %s"), name);
      else
        label = g_strdup_printf (_("Indirect time, %s"), name);

      add_stap (steps, label,
                /* Translators: share × salary cost per hour ÷ productivity: "80% × € 45,36 ÷ 75%" */
                g_strdup_printf (_("%s × %s ÷ %s"), aandeel, salaris, productiviteit),
                regel_kosten (p, f, &mix[i]));
    }

  add_stap (steps, g_strdup (_("Staff cost per direct hour")),
            format_line_sum (p, functies, mix, n_mix, TAFEL_TIJD_DIRECT),
            o.direct);

  {
    char *formula = format_line_sum (p, functies, mix, n_mix, TAFEL_TIJD_INDIRECT);

    if (*formula == '\0')
      {
        g_free (formula);
        formula = g_strdup (_("no indirect time in the functiemix"));
      }
    add_stap (steps, g_strdup (_("Staff cost per indirect hour")), formula, o.indirect);
  }

  {
    g_autofree char *ratio = format_plain (indirect_per_direct);
    g_autofree char *indirect = tafel_tarief_format_euro (o.indirect);

    add_stap (steps, g_strdup (_("Indirect staff cost per direct hour")),
              /* Translators: indirect hours per direct hour × cost per indirect hour */
              g_strdup_printf (_("%s indirect hours × %s"), ratio, indirect),
              o.indirect_per_direct_hour);
  }

  add_stap (steps, g_strdup (_("Other client-bound costs per direct hour")),
            g_strdup (_("from the tariff parameters")),
            p->overige_kosten_per_uur);

  {
    g_autofree char *direct = tafel_tarief_format_euro (o.direct);
    g_autofree char *indirect = tafel_tarief_format_euro (o.indirect_per_direct_hour);
    g_autofree char *overig = tafel_tarief_format_euro (p->overige_kosten_per_uur);

    add_stap (steps, g_strdup (_("Subtotal")),
              g_strdup_printf ("%s + %s + %s", direct, indirect, overig),
              o.subtotal);
  }

  {
    g_autofree char *pct = tafel_tarief_format_percent (p->overhead);
    g_autofree char *base = tafel_tarief_format_euro (o.subtotal);

    add_stap (steps, g_strdup (_("Overhead")),
              /* Translators: a percentage of an amount: "20% × € 83,66" */
              g_strdup_printf (_("%s × %s"), pct, base),
              o.overhead);
  }

  {
    g_autofree char *pct = tafel_tarief_format_percent (p->risico);
    g_autofree char *base = tafel_tarief_format_euro (o.subtotal + o.overhead);

    add_stap (steps, g_strdup (_("Risk and innovation")),
              g_strdup_printf (_("%s × %s"), pct, base),
              o.risico);
  }

  {
    g_autofree char *pct = tafel_tarief_format_percent (p->indexatie);
    g_autofree char *base = tafel_tarief_format_euro (o.subtotal + o.overhead + o.risico);

    add_stap (steps, g_strdup (_("Indexation")),
              g_strdup_printf (_("%s × %s"), pct, base),
              o.indexatie);
  }

  {
    g_autofree char *subtotal = tafel_tarief_format_euro (o.subtotal);
    g_autofree char *overhead = tafel_tarief_format_euro (o.overhead);
    g_autofree char *risico = tafel_tarief_format_euro (o.risico);
    g_autofree char *indexatie = tafel_tarief_format_euro (o.indexatie);

    add_stap (steps, g_strdup (_("Price per direct hour")),
              g_strdup_printf ("%s + %s + %s + %s", subtotal, overhead, risico, indexatie),
              o.uurprijs);
  }

  return g_steal_pointer (&steps);
}
