/* tafel-tarief.h: the cost price (kostprijs) of a deelproduct, step by step
 *
 * Besluit Jeugdwet art. 2.3 asks that a price is built at least from the
 * costs of professionals (client bound and not client bound), other
 * client-bound costs, overhead and indexation. This module does that
 * arithmetic on plain doubles: amounts are euros, percentages are fractions
 * (0.08 is 8%). It knows nothing of the database or the user interface.
 *
 * The build-up, with p the TafelTariefParameters:
 *
 *   salariskosten(f)  = f.uurloon
 *                       × (1 + p.vakantiegeld + p.eindejaarsuitkering + p.ort)
 *                       × (1 + p.sociale_lasten)
 *
 *   kosten(tijdsoort) = Σ over the mix lines of that tijdsoort:
 *                       regel.aandeel × salariskosten(f) / f.productiviteit
 *                       (f the function of the line: a paid hour of a
 *                       function with productivity 0.75 yields 0.75 hour of
 *                       client-bound time, so a client-bound hour costs
 *                       1 / 0.75 paid hours)
 *
 *   subtotaal         = kosten(direct)
 *                       + indirect_per_direct × kosten(indirect)
 *                       + p.overige_kosten_per_uur
 *
 *   uurprijs          = subtotaal × (1 + p.overhead) × (1 + p.risico)
 *                       × (1 + p.indexatie)
 *
 * uurprijs is the price of one DIRECT client hour of the deelproduct.
 *
 * Call tafel_tarief_check() (and tafel_tarief_groep_check() for a group)
 * on what the user typed before computing: the computing functions treat
 * NULL pointers, function indices out of range and values that would divide
 * by zero as programming errors (g_return_val_if_fail, returning 0).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One staff function of the functiemix. */
typedef struct {
  const char *name;            /* "Jeugdzorgwerker HBO", for the explanation; may be NULL */
  double      uurloon;         /* hourly salary cost in euros, from the CAO scale, >= 0 */
  double      productiviteit;  /* share of paid hours that is client-bound, 0 < p <= 1 */
} TafelTariefFunctie;

typedef enum {
  TAFEL_TIJD_DIRECT,           /* time with the client (direct client-bound) */
  TAFEL_TIJD_INDIRECT,         /* client-bound time without the client: reports, consultation */
} TafelTijdsoort;

/* One line of the functiemix: which function delivers what share of the
 * hours of one kind of time. The shares of each kind add up to 1. */
typedef struct {
  guint          functie;      /* index into the functies array (0-based) */
  double         aandeel;      /* share of the hours of this kind of time, 0..1 */
  TafelTijdsoort tijdsoort;
} TafelTariefMixRegel;

typedef struct {
  double vakantiegeld;           /* holiday pay, 0..1, e.g. 0.08 */
  double eindejaarsuitkering;    /* year-end bonus, 0..1, e.g. 0.083 */
  double ort;                    /* irregular-hours surcharges, 0..1, e.g. 0.02 */
  double sociale_lasten;         /* social charges and pension, 0..1, e.g. 0.30 */
  double overige_kosten_per_uur; /* other client-bound cost per direct hour, euros, >= 0 */
  double overhead;               /* 0..1, e.g. 0.20 */
  double risico;                 /* risk and innovation, 0..1, e.g. 0.02 */
  double indexatie;              /* price index for the contract year, 0..0.5, e.g. 0.035 */
  double uren_per_dagdeel;       /* hours in one dagdeel, 0 < u <= 24, e.g. 4 */
} TafelTariefParameters;

/* A group product. */
typedef struct {
  double jeugdigen_per_groep;  /* group size, > 0 */
  double bezetting;            /* expected occupancy, 0 < b <= 1 */
  double direct_per_groep;     /* direct staff present per group hour, >= 0 */
  double indirect_per_groep;   /* indirect staff per group hour, >= 0 */
} TafelTariefGroep;

typedef enum {
  TAFEL_EENHEID_UREN_PER_WEEK,
  TAFEL_EENHEID_UREN_PER_MAAND,
  TAFEL_EENHEID_DAGDELEN_PER_WEEK,
} TafelEenheid;

typedef enum {
  TAFEL_DUUR_WEKEN,
  TAFEL_DUUR_MAANDEN,
} TafelDuurEenheid;

/* One line of the explanation of a price. */
typedef struct {
  char   *label;    /* translated: "Salary cost per hour, Jeugdzorgwerker HBO" */
  char   *formula;  /* with Dutch numbers: "€ 30,00 × (1 + 8% + 8,3% + 0%) × (1 + 30%)" */
  double  value;    /* the result of the step, in euros */
} TafelTariefStap;

/* Weeks in a month: 52 weeks over 12 months. */
#define TAFEL_TARIEF_WEKEN_PER_MAAND (52.0 / 12.0)

/* How far the shares of one kind of time may be from 100% (0.005 = 0.5%). */
#define TAFEL_TARIEF_AANDEEL_MARGE 0.005

/* Example values, to be replaced by the region's own: 8% vakantiegeld,
 * 8.3% eindejaarsuitkering, 0% ORT, 30% sociale lasten, € 0 other costs,
 * 20% overhead, 2% risico, 3.5% indexatie, 4 hours per dagdeel. */
void       tafel_tarief_parameters_init_default (TafelTariefParameters *p);

/* Refuses, with TAFEL_ERROR_INVALID and a translated message that says
 * what is wrong and where:
 *  - a parameter that is not a number, negative, or above 100% (indexatie:
 *    above 50%); uren_per_dagdeel not in (0, 24];
 *  - a function with a negative hourly wage or a productivity of 0 or
 *    above 100%;
 *  - a mix line that points past n_functies or has a share outside 0..100%;
 *  - a mix without a line of direct time;
 *  - shares of direct time, or of indirect time when there is any, that do
 *    not add up to 100% within TAFEL_TARIEF_AANDEEL_MARGE.
 * Functions and lines are numbered from 1 in the messages.
 * A mix without indirect lines is fine: its indirect cost is 0. */
gboolean   tafel_tarief_check            (const TafelTariefParameters *p,
                                          const TafelTariefFunctie    *functies,
                                          guint                        n_functies,
                                          const TafelTariefMixRegel   *mix,
                                          guint                        n_mix,
                                          GError                     **error);

/* Refuses a group size of 0 or less, an occupancy of 0 or above 100%,
 * negative staff counts, and a group without any staff. */
gboolean   tafel_tarief_groep_check      (const TafelTariefGroep *g,
                                          GError                **error);

/* uurloon × (1 + vakantiegeld + eindejaarsuitkering + ort)
 *         × (1 + sociale_lasten): the cost of one PAID hour. */
double     tafel_tarief_salariskosten    (const TafelTariefParameters *p,
                                          const TafelTariefFunctie    *functie);

/* Σ over the lines of @tijdsoort:
 *   aandeel × salariskosten(functie) / productiviteit(functie)
 * the cost of one client-bound hour of that kind; 0 when there is no such
 * line. */
double     tafel_tarief_kosten_per_uur   (const TafelTariefParameters *p,
                                          const TafelTariefFunctie    *functies,
                                          guint                        n_functies,
                                          const TafelTariefMixRegel   *mix,
                                          guint                        n_mix,
                                          TafelTijdsoort               tijdsoort);

/* The price of one DIRECT client hour:
 *   (kosten_per_uur(direct)
 *    + indirect_per_direct × kosten_per_uur(indirect)
 *    + overige_kosten_per_uur)
 *   × (1 + overhead) × (1 + risico) × (1 + indexatie)
 * @indirect_per_direct (>= 0) is the number of indirect hours per direct
 * hour of this deelproduct, e.g. 0.25. */
double     tafel_tarief_uurprijs         (const TafelTariefParameters *p,
                                          const TafelTariefFunctie    *functies,
                                          guint                        n_functies,
                                          const TafelTariefMixRegel   *mix,
                                          guint                        n_mix,
                                          double                       indirect_per_direct);

/* The price per client per group hour:
 *   uurprijs × (direct_per_groep + indirect_per_groep)
 *            / (jeugdigen_per_groep × bezetting)
 * Each staff member counts as one hour at @uurprijs per group hour; the
 * cost of the group is shared by the youths actually present (the group
 * size times the occupancy).
 * When the indirect staff is counted here in indirect_per_groep, compute
 * @uurprijs with indirect_per_direct = 0, or indirect time is paid twice. */
double     tafel_tarief_groep_per_client (double                  uurprijs,
                                          const TafelTariefGroep *g);

/* The hours of a whole trajectory of @duur (weeks or months) at an
 * intensity of @per_eenheid (hours per week, hours per month or dagdelen
 * per week). A month is TAFEL_TARIEF_WEKEN_PER_MAAND (52/12) weeks; a
 * dagdeel is p->uren_per_dagdeel hours. With
 *   weken   = duur                 (TAFEL_DUUR_WEKEN)
 *           = duur × 52/12         (TAFEL_DUUR_MAANDEN)
 *   maanden = duur / (52/12)       (TAFEL_DUUR_WEKEN)
 *           = duur                 (TAFEL_DUUR_MAANDEN)
 * the hours are
 *   UREN_PER_WEEK:     per_eenheid × weken
 *   UREN_PER_MAAND:    per_eenheid × maanden
 *   DAGDELEN_PER_WEEK: per_eenheid × uren_per_dagdeel × weken
 * e.g. 12 hours per month for 6 months = 72 hours, the same as for 26
 * weeks. @per_eenheid and @duur must be >= 0. */
double     tafel_tarief_uren_traject     (const TafelTariefParameters *p,
                                          double                       per_eenheid,
                                          TafelEenheid                 eenheid,
                                          double                       duur,
                                          TafelDuurEenheid             duur_eenheid);

/* uurprijs × uren_traject: the price of a whole trajectory. */
double     tafel_tarief_traject_prijs    (double uurprijs,
                                          double uren_traject);

/* The steps of tafel_tarief_uurprijs(), for showing in the room, as
 * TafelTariefStap items in this order:
 *   - for each function (n_functies): "Salary cost per hour, NAME";
 *   - for each mix line (n_mix): "Direct time, NAME" or "Indirect time,
 *     NAME", its share × salary cost ÷ productivity;
 *   - "Staff cost per direct hour", "Staff cost per indirect hour",
 *     "Indirect staff cost per direct hour", "Other client-bound costs per
 *     direct hour", "Subtotal";
 *   - the amounts "Overhead" (of the subtotal), "Risk and innovation" (of
 *     subtotal + overhead), "Indexation" (of subtotal + overhead + risk);
 *   - "Price per direct hour", whose value is tafel_tarief_uurprijs().
 * That is n_functies + n_mix + 9 steps. Labels are translated; numbers in
 * the formulas are Dutch ("€ 1.234,56", "8,3%") whatever the locale, and
 * rounded for display only: the values are not rounded.
 * Free with g_ptr_array_unref(). */
GPtrArray *tafel_tarief_explain          (const TafelTariefParameters *p,
                                          const TafelTariefFunctie    *functies,
                                          guint                        n_functies,
                                          const TafelTariefMixRegel   *mix,
                                          guint                        n_mix,
                                          double                       indirect_per_direct);

void       tafel_tarief_stap_free        (TafelTariefStap *stap);

/* Dutch display of numbers, as used in the formulas and the messages:
 * tafel_tarief_format_euro (1234.5) is "€ 1.234,50";
 * tafel_tarief_format_percent (0.083) is "8,3%" (at most two decimals). */
char      *tafel_tarief_format_euro      (double value);
char      *tafel_tarief_format_percent   (double fraction);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TafelTariefStap, tafel_tarief_stap_free)

G_END_DECLS
