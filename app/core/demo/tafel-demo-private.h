/* tafel-demo-private.h: what the parts of the demo generator share */
#pragma once

#include "tafel-store.h"
#include "tafel-demo.h"

G_BEGIN_DECLS

typedef struct {
  TafelDeelnemer *deelnemer;
  guint           present;   /* bit i: attended session i */
} Participant;

typedef struct {
  guint first;               /* index of its first Participant */
  guint count;
} OrgPeople;

/* One sticky note to create. Its text is composed only when it is
 * inserted, so that the list of up to 10^6 notes stays small. */
typedef struct {
  gint64  created;           /* seconds since the epoch, UTC */
  guint32 seq;
  gint32  deelproduct;       /* index, or -1 for algemeen */
  guint32 organisatie;       /* index into Demo.orgs */
  gint32  participant;       /* index into Demo.people, or -1 */
  guint8  sessie;
  guint8  status;
} GeeltjeSpec;

typedef struct {
  TafelStore             *store;
  const TafelDemoOptions *options;
  GRand                  *rand;
  GRand                  *text_rand;     /* texts, drawn in insertion order */
  gint64                  traject_id;
  guint                   region;
  GPtrArray              *sessies;        /* TafelSessie */
  GPtrArray              *deelproducten;  /* TafelDeelproduct */
  GPtrArray              *vraagblokken;   /* TafelVraagblok */
  GPtrArray              *orgs;           /* TafelOrganisatie; the municipality last */
  GArray                 *org_people;     /* OrgPeople, per org */
  GArray                 *people;         /* Participant */
} Demo;

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

gboolean  demo_chance          (GRand      *rand,
                                double      p);
guint     demo_pick_weighted   (GRand      *rand,
                                GArray     *cumulative);
void      demo_append_weight   (GArray     *cumulative,
                                guint32     weight);
void      demo_expand          (GString    *out,
                                GRand      *rand,
                                const char *template);
gint64    demo_session_moment  (const char *date,
                                int         days,
                                int         minutes);
char     *demo_format_moment   (gint64      seconds);
gint64    demo_find_vraagblok  (Demo       *demo,
                                const char *title);
gboolean  demo_create_geeltjes (Demo       *demo,
                                GError    **error);
gboolean  demo_create_voorstellen (Demo    *demo,
                                   GError **error);

G_END_DECLS
