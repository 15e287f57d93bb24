/* tafel-functieprofiel.c: function profiles and the cost-price parameters */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tafel-functieprofiel.h"
#include "tafel-traject.h"

struct _TafelFunctieprofiel
{
  TafelEntity parent_instance;

  gint64      traject_id;
  gint64      position;
  char       *name;
  const char *opleidingsniveau;
  char       *cao_schaal;
  gint64      uurloon;
  gboolean    voorbeeld;
  gint64      productiviteit;
  char       *created_at;
  char       *modified_at;
};

struct _TafelTariefmodel
{
  TafelEntity parent_instance;

  gint64      traject_id;
  gint64      vakantiegeld;
  gint64      eindejaarsuitkering;
  gint64      ort;
  gint64      sociale_lasten;
  gint64      overige_kosten_per_uur;
  gint64      overhead;
  gint64      risico;
  gint64      indexatie;
  gint64      uren_per_dagdeel;
  char       *created_at;
  char       *modified_at;
};

static const TafelField functieprofiel_fields[] = {
  TAFEL_TRAJECT_FIELD (TafelFunctieprofiel),
  { "position", TAFEL_FIELD_INT, G_STRUCT_OFFSET (TafelFunctieprofiel, position), N_("position"),
    0, G_MAXINT32, NULL, NULL, TAFEL_FIELD_AUTO },
  { "name", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelFunctieprofiel, name), N_("name"),
    1, TAFEL_NAME_MAX, NULL, NULL, TAFEL_FIELD_REQUIRED | TAFEL_FIELD_UNIQUE },
  { "opleidingsniveau", TAFEL_FIELD_CHOICE, G_STRUCT_OFFSET (TafelFunctieprofiel, opleidingsniveau),
    N_("education level"), 0, 0, tafel_opleidingsniveaus, NULL, 0 },
  { "cao_schaal", TAFEL_FIELD_TEXT, G_STRUCT_OFFSET (TafelFunctieprofiel, cao_schaal),
    N_("CAO scale"), 0, TAFEL_NAME_MAX, NULL, NULL, 0 },
  { "uurloon", TAFEL_FIELD_DECIMAL, G_STRUCT_OFFSET (TafelFunctieprofiel, uurloon),
    N_("hourly salary cost"), 0, 100000, NULL, NULL, TAFEL_FIELD_REQUIRED },
  { "voorbeeld", TAFEL_FIELD_BOOL, G_STRUCT_OFFSET (TafelFunctieprofiel, voorbeeld),
    N_("example value"), 0, 0, NULL, NULL, 0 },
  { "productiviteit", TAFEL_FIELD_DECIMAL, G_STRUCT_OFFSET (TafelFunctieprofiel, productiviteit),
    N_("productivity"), 100, 10000, NULL, NULL, TAFEL_FIELD_REQUIRED },
  TAFEL_TIMESTAMP_FIELDS (TafelFunctieprofiel),
  { NULL }
};

static const TafelTable functieprofiel_table = {
  .name = "functieprofiel",
  .label = N_("Function profile"),
  .title_column = "name",
  .order_by = "position, id",
  .per_traject = TRUE,
  .positioned = TRUE,
  .fields = functieprofiel_fields,
};

#define PERCENTAGE(member, label, max)                                                      \
  { #member, TAFEL_FIELD_DECIMAL, G_STRUCT_OFFSET (TafelTariefmodel, member), label,        \
    0, max, NULL, NULL, TAFEL_FIELD_REQUIRED }

static const TafelField tariefmodel_fields[] = {
  TAFEL_TRAJECT_FIELD (TafelTariefmodel),
  PERCENTAGE (vakantiegeld, N_("holiday pay"), 10000),
  PERCENTAGE (eindejaarsuitkering, N_("year-end bonus"), 10000),
  PERCENTAGE (ort, N_("irregular-hours surcharge"), 10000),
  PERCENTAGE (sociale_lasten, N_("social charges and pension"), 10000),
  PERCENTAGE (overige_kosten_per_uur, N_("other client-bound cost per hour"), 100000),
  PERCENTAGE (overhead, N_("overhead"), 10000),
  PERCENTAGE (risico, N_("risk and innovation"), 10000),
  PERCENTAGE (indexatie, N_("indexation"), 5000),
  { "uren_per_dagdeel", TAFEL_FIELD_DECIMAL, G_STRUCT_OFFSET (TafelTariefmodel, uren_per_dagdeel),
    N_("hours per day part"), 100, 1200, NULL, NULL, TAFEL_FIELD_REQUIRED },
  TAFEL_TIMESTAMP_FIELDS (TafelTariefmodel),
  { NULL }
};

static const TafelTable tariefmodel_table = {
  .name = "tariefmodel",
  .label = N_("Cost-price parameters"),
  .title_column = NULL,
  .order_by = "id",
  .per_traject = TRUE,
  .fields = tariefmodel_fields,
};

TAFEL_DEFINE_ENTITY (TafelFunctieprofiel, tafel_functieprofiel, &functieprofiel_table)
G_DEFINE_FINAL_TYPE (TafelTariefmodel, tafel_tariefmodel, TAFEL_TYPE_ENTITY)

static void
tafel_tariefmodel_class_init (TafelTariefmodelClass *klass)
{
  tafel_entity_class_set_table (TAFEL_ENTITY_CLASS (klass), &tariefmodel_table);
}

/* The usual example values, the same as the schema's defaults. */
static void
tafel_tariefmodel_init (TafelTariefmodel *self)
{
  self->vakantiegeld = 800;
  self->eindejaarsuitkering = 830;
  self->ort = 0;
  self->sociale_lasten = 3000;
  self->overige_kosten_per_uur = 0;
  self->overhead = 2000;
  self->risico = 200;
  self->indexatie = 350;
  self->uren_per_dagdeel = 400;
}

TafelFunctieprofiel *
tafel_functieprofiel_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_FUNCTIEPROFIEL, "traject-id", traject_id, NULL);
}

const char *
tafel_functieprofiel_get_name (TafelFunctieprofiel *self)
{
  g_return_val_if_fail (TAFEL_IS_FUNCTIEPROFIEL (self), NULL);
  return self->name;
}

const char *
tafel_functieprofiel_get_opleidingsniveau (TafelFunctieprofiel *self)
{
  g_return_val_if_fail (TAFEL_IS_FUNCTIEPROFIEL (self), NULL);
  return self->opleidingsniveau;
}

const char *
tafel_functieprofiel_get_cao_schaal (TafelFunctieprofiel *self)
{
  g_return_val_if_fail (TAFEL_IS_FUNCTIEPROFIEL (self), NULL);
  return self->cao_schaal;
}

/* Euros per hour, in cents. */
gint64
tafel_functieprofiel_get_uurloon (TafelFunctieprofiel *self)
{
  g_return_val_if_fail (TAFEL_IS_FUNCTIEPROFIEL (self), 0);
  return self->uurloon;
}

/* TRUE while the salary cost is an example value the region must replace. */
gboolean
tafel_functieprofiel_is_voorbeeld (TafelFunctieprofiel *self)
{
  g_return_val_if_fail (TAFEL_IS_FUNCTIEPROFIEL (self), FALSE);
  return self->voorbeeld;
}

/* Share of paid hours that is client-bound, in hundredths of a percent. */
gint64
tafel_functieprofiel_get_productiviteit (TafelFunctieprofiel *self)
{
  g_return_val_if_fail (TAFEL_IS_FUNCTIEPROFIEL (self), 0);
  return self->productiviteit;
}

TafelTariefmodel *
tafel_tariefmodel_new (gint64 traject_id)
{
  return g_object_new (TAFEL_TYPE_TARIEFMODEL, "traject-id", traject_id, NULL);
}
