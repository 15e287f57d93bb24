/* tafel-voorstel.c: providers' proposals per deelproduct, and the decisions */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-decimal.h"
#include "tafel-error.h"
#include "tafel-traject.h"
#include "tafel-voorstel.h"

struct _TafelIntensiteit
{
  TafelEntity parent_instance;

  gint64      traject_id;
  gint64      deelproduct_id;
  gint64      organisatie_id;
  gint64      sessie_id;
  const char *bron;
  const char *niveau;
  gint64      uren;
  gint64      duur;
  char       *toelichting;
  gint64      inlevering_id;
  char       *herkomst;
  char       *created_at;
  char       *modified_at;
};

struct _TafelMixregel
{
  TafelEntity parent_instance;

  gint64      traject_id;
  gint64      deelproduct_id;
  gint64      organisatie_id;
  gint64      sessie_id;
  const char *bron;
  gint64      functieprofiel_id;
  const char *opleidingsniveau;
  gint64      aandeel;
  const char *tijdsoort;
  gint64      inlevering_id;
  char       *herkomst;
  char       *created_at;
  char       *modified_at;
};

struct _TafelGroepsparameters
{
  TafelEntity parent_instance;

  gint64      traject_id;
  gint64      deelproduct_id;
  gint64      organisatie_id;
  gint64      sessie_id;
  const char *bron;
  gint64      jeugdigen_per_groep;
  gint64      bezetting;
  gint64      uren_per_bijeenkomst;
  gint64      bijeenkomsten_per_week;
  gint64      direct_per_groep;
  gint64      indirect_per_groep;
  gint64      inlevering_id;
  char       *herkomst;
  char       *created_at;
  char       *modified_at;
};

/* The fields every proposal table starts with. */
#define ORIGIN_FIELDS(Type)                                                                     \
  TAFEL_TRAJECT_FIELD (Type),                                                                   \
  { "deelproduct_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (Type, deelproduct_id), N_("deelproduct"), \
    0, 0, NULL, "deelproduct", TAFEL_FIELD_REQUIRED | TAFEL_FIELD_FIXED },                      \
  { "organisatie_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (Type, organisatie_id), N_("organisation"), \
    0, 0, NULL, "organisatie", TAFEL_FIELD_FIXED },                                             \
  { "sessie_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (Type, sessie_id), N_("session"),             \
    0, 0, NULL, "sessie", 0 },                                                                  \
  { "bron", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (Type, bron), N_("source"),                    \
    0, 0, tafel_bronnen, NULL, TAFEL_FIELD_FIXED }

#define DECIMAL_FIELD(Type, member, label, min, max)                                            \
  { #member, TAFEL_FIELD_DECIMAL, G_STRUCT_OFFSET (Type, member), label, min, max, NULL, NULL, 0 }

/* A proposal names its organisation; a decision has none. */
static gboolean
check_origin (TafelEntity  *proposed,
              GError      **error)
{
  const char *bron = tafel_entity_get_string (proposed, "bron");
  gint64 organisatie_id = tafel_entity_get_int (proposed, "organisatie_id");

  if (g_strcmp0 (bron, "voorstel") == 0 && organisatie_id == 0)
    {
      g_autofree char *where = tafel_entity_dup_description (proposed);

      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                   _("%s: a proposal needs the organisation that made it."), where);
      return FALSE;
    }
  if (g_strcmp0 (bron, "besluit") == 0 && organisatie_id != 0)
    {
      g_autofree char *where = tafel_entity_dup_description (proposed);

      g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                   _("%s: a decision belongs to the region, not to an organisation."), where);
      return FALSE;
    }

  return TRUE;
}

static const TafelField intensiteit_fields[] = {
  ORIGIN_FIELDS (TafelIntensiteit),
  { "niveau", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelIntensiteit, niveau), N_("level"),
    0, 0, tafel_niveaus, NULL, TAFEL_FIELD_FIXED },
  DECIMAL_FIELD (TafelIntensiteit, uren, N_("hours"), 0, TAFEL_UREN_PER_MAAND_MAX),
  DECIMAL_FIELD (TafelIntensiteit, duur, N_("duration"), 0, 52000),
  { "toelichting", TAFEL_FIELD_LONG_TEXT, G_STRUCT_OFFSET (TafelIntensiteit, toelichting),
    N_("reasons to run over time"), 0, TAFEL_LONG_TEXT_MAX, NULL, NULL, 0 },
  TAFEL_INLEVERING_FIELDS (TafelIntensiteit),
  TAFEL_TIMESTAMP_FIELDS (TafelIntensiteit),
  { NULL }
};

static const TafelTable intensiteit_table = {
  .name = "intensiteit",
  .label = N_("Intensity"),
  .title_column = NULL,
  .order_by = "deelproduct_id, bron, organisatie_id, sessie_id, id",
  .per_traject = TRUE,
  .fields = intensiteit_fields,
  .check = check_origin,
};

static const TafelField mixregel_fields[] = {
  ORIGIN_FIELDS (TafelMixregel),
  { "functieprofiel_id", TAFEL_FIELD_REF, G_STRUCT_OFFSET (TafelMixregel, functieprofiel_id),
    N_("function profile"), 0, 0, NULL, "functieprofiel", TAFEL_FIELD_REQUIRED },
  { "opleidingsniveau", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelMixregel, opleidingsniveau),
    N_("education level"), 0, 0, tafel_opleidingsniveaus, NULL, 0 },
  { "aandeel", TAFEL_FIELD_DECIMAL, G_STRUCT_OFFSET (TafelMixregel, aandeel), N_("share"),
    1, 10000, NULL, NULL, TAFEL_FIELD_REQUIRED },
  { "tijdsoort", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelMixregel, tijdsoort), N_("kind of time"),
    0, 0, tafel_tijdsoorten, NULL, 0 },
  TAFEL_INLEVERING_FIELDS (TafelMixregel),
  TAFEL_TIMESTAMP_FIELDS (TafelMixregel),
  { NULL }
};

static const TafelTable mixregel_table = {
  .name = "mixregel",
  .label = N_("Function mix line"),
  .title_column = NULL,
  .order_by = "deelproduct_id, bron, organisatie_id, sessie_id, tijdsoort, id",
  .per_traject = TRUE,
  .fields = mixregel_fields,
  .check = check_origin,
};

static const TafelField groepsparameters_fields[] = {
  ORIGIN_FIELDS (TafelGroepsparameters),
  DECIMAL_FIELD (TafelGroepsparameters, jeugdigen_per_groep, N_("youths per group"), 100, 10000),
  DECIMAL_FIELD (TafelGroepsparameters, bezetting, N_("expected occupancy"), 100, 10000),
  DECIMAL_FIELD (TafelGroepsparameters, uren_per_bijeenkomst, N_("hours per meeting"), 0, 2400),
  DECIMAL_FIELD (TafelGroepsparameters, bijeenkomsten_per_week, N_("meetings per week"), 0, 2100),
  DECIMAL_FIELD (TafelGroepsparameters, direct_per_groep, N_("direct staff per group"), 0, 10000),
  DECIMAL_FIELD (TafelGroepsparameters, indirect_per_groep, N_("indirect staff per group"), 0, 10000),
  TAFEL_INLEVERING_FIELDS (TafelGroepsparameters),
  TAFEL_TIMESTAMP_FIELDS (TafelGroepsparameters),
  { NULL }
};

static const TafelTable groepsparameters_table = {
  .name = "groepsparameters",
  .label = N_("Group parameters"),
  .title_column = NULL,
  .order_by = "deelproduct_id, bron, organisatie_id, sessie_id, id",
  .per_traject = TRUE,
  .fields = groepsparameters_fields,
  .check = check_origin,
};

TAFEL_DEFINE_ENTITY (TafelIntensiteit, tafel_intensiteit, &intensiteit_table)
TAFEL_DEFINE_ENTITY (TafelMixregel, tafel_mixregel, &mixregel_table)
TAFEL_DEFINE_ENTITY (TafelGroepsparameters, tafel_groepsparameters, &groepsparameters_table)

/* ---- intensity and duration ------------------------------------------ */

TafelIntensiteit *
tafel_intensiteit_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_INTENSITEIT, "traject-id", traject_id, NULL);
}

gint64
tafel_intensiteit_get_deelproduct_id (TafelIntensiteit *self)
{
  g_return_val_if_fail (TAFEL_IS_INTENSITEIT (self), 0);
  return self->deelproduct_id;
}

gint64
tafel_intensiteit_get_organisatie_id (TafelIntensiteit *self)
{
  g_return_val_if_fail (TAFEL_IS_INTENSITEIT (self), 0);
  return self->organisatie_id;
}

gint64
tafel_intensiteit_get_sessie_id (TafelIntensiteit *self)
{
  g_return_val_if_fail (TAFEL_IS_INTENSITEIT (self), 0);
  return self->sessie_id;
}

const char *
tafel_intensiteit_get_bron (TafelIntensiteit *self)
{
  g_return_val_if_fail (TAFEL_IS_INTENSITEIT (self), NULL);
  return self->bron;
}

const char *
tafel_intensiteit_get_niveau (TafelIntensiteit *self)
{
  g_return_val_if_fail (TAFEL_IS_INTENSITEIT (self), NULL);
  return self->niveau;
}

/* Hours (or day parts) per unit of the deelproduct, in hundredths. */
gint64
tafel_intensiteit_get_uren (TafelIntensiteit *self)
{
  g_return_val_if_fail (TAFEL_IS_INTENSITEIT (self), TAFEL_DECIMAL_NONE);
  return self->uren;
}

/* Duration in the deelproduct's unit (weeks or months), in hundredths. */
gint64
tafel_intensiteit_get_duur (TafelIntensiteit *self)
{
  g_return_val_if_fail (TAFEL_IS_INTENSITEIT (self), TAFEL_DECIMAL_NONE);
  return self->duur;
}

const char *
tafel_intensiteit_get_toelichting (TafelIntensiteit *self)
{
  g_return_val_if_fail (TAFEL_IS_INTENSITEIT (self), NULL);
  return self->toelichting;
}

/* Refuses more hours than the unit of time @eenheid (an id of
 * tafel_intensiteit_eenheden) holds: more than 168 hours a week, 744 a
 * month or 21 day parts a week. */
gboolean
tafel_intensiteit_check_uren (const char  *eenheid,
                              gint64       uren,
                              GError     **error)
{
  g_autofree char *shown = NULL;
  gint64 max = TAFEL_UREN_PER_WEEK_MAX;

  if (g_strcmp0 (eenheid, "uren_per_maand") == 0)
    max = TAFEL_UREN_PER_MAAND_MAX;
  else if (g_strcmp0 (eenheid, "dagdelen_per_week") == 0)
    max = TAFEL_DAGDELEN_PER_WEEK_MAX;

  if (uren == TAFEL_DECIMAL_NONE || (uren >= 0 && uren <= max))
    return TRUE;

  shown = tafel_decimal_format (uren);
  if (uren < 0)
    g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID, _("%s hours cannot be negative."), shown);
  else if (max == TAFEL_UREN_PER_MAAND_MAX)
    g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                 _("%s hours a month is more than a month holds (744)."), shown);
  else if (max == TAFEL_DAGDELEN_PER_WEEK_MAX)
    g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                 _("%s day parts a week is more than a week holds (21)."), shown);
  else
    g_set_error (error, TAFEL_ERROR, TAFEL_ERROR_INVALID,
                 _("%s hours a week is more than a week holds (168)."), shown);
  return FALSE;
}

/* ---- function mix ----------------------------------------------------- */

TafelMixregel *
tafel_mixregel_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_MIXREGEL, "traject-id", traject_id, NULL);
}

gint64
tafel_mixregel_get_deelproduct_id (TafelMixregel *self)
{
  g_return_val_if_fail (TAFEL_IS_MIXREGEL (self), 0);
  return self->deelproduct_id;
}

gint64
tafel_mixregel_get_organisatie_id (TafelMixregel *self)
{
  g_return_val_if_fail (TAFEL_IS_MIXREGEL (self), 0);
  return self->organisatie_id;
}

gint64
tafel_mixregel_get_sessie_id (TafelMixregel *self)
{
  g_return_val_if_fail (TAFEL_IS_MIXREGEL (self), 0);
  return self->sessie_id;
}

const char *
tafel_mixregel_get_bron (TafelMixregel *self)
{
  g_return_val_if_fail (TAFEL_IS_MIXREGEL (self), NULL);
  return self->bron;
}

gint64
tafel_mixregel_get_functieprofiel_id (TafelMixregel *self)
{
  g_return_val_if_fail (TAFEL_IS_MIXREGEL (self), 0);
  return self->functieprofiel_id;
}

const char *
tafel_mixregel_get_opleidingsniveau (TafelMixregel *self)
{
  g_return_val_if_fail (TAFEL_IS_MIXREGEL (self), NULL);
  return self->opleidingsniveau;
}

/* Share of the hours of its kind of time, in hundredths of a percent. */
gint64
tafel_mixregel_get_aandeel (TafelMixregel *self)
{
  g_return_val_if_fail (TAFEL_IS_MIXREGEL (self), 0);
  return self->aandeel;
}

const char *
tafel_mixregel_get_tijdsoort (TafelMixregel *self)
{
  g_return_val_if_fail (TAFEL_IS_MIXREGEL (self), NULL);
  return self->tijdsoort;
}

/* ---- group parameters ------------------------------------------------- */

TafelGroepsparameters *
tafel_groepsparameters_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_GROEPSPARAMETERS, "traject-id", traject_id, NULL);
}

gint64
tafel_groepsparameters_get_deelproduct_id (TafelGroepsparameters *self)
{
  g_return_val_if_fail (TAFEL_IS_GROEPSPARAMETERS (self), 0);
  return self->deelproduct_id;
}

gint64
tafel_groepsparameters_get_organisatie_id (TafelGroepsparameters *self)
{
  g_return_val_if_fail (TAFEL_IS_GROEPSPARAMETERS (self), 0);
  return self->organisatie_id;
}

gint64
tafel_groepsparameters_get_sessie_id (TafelGroepsparameters *self)
{
  g_return_val_if_fail (TAFEL_IS_GROEPSPARAMETERS (self), 0);
  return self->sessie_id;
}

const char *
tafel_groepsparameters_get_bron (TafelGroepsparameters *self)
{
  g_return_val_if_fail (TAFEL_IS_GROEPSPARAMETERS (self), NULL);
  return self->bron;
}
