/* tafel-uitvraag-export-private.h: what the parts of the uitvraag writer share */
#pragma once

#include "tafel-deelnemer.h"
#include "tafel-uitvraag-export.h"
#include "tafel-uitvraag-layout.h"
#include "tafel-xlsx.h"

G_BEGIN_DECLS

#define TAFEL_UITVRAAG_N_LIJSTEN (TAFEL_UITVRAAG_LIJST_EVIDENTIE + 1)

typedef struct {
  TafelStore       *store;
  TafelTraject     *traject;
  TafelSessie      *sessie;
  TafelOrganisatie *organisatie;     /* NULL in a blank workbook */
  GPtrArray        *deelproducten;   /* in the order of the product structure */
  GPtrArray        *profielen;       /* TafelFunctieprofiel */
  GPtrArray        *lijsten[TAFEL_UITVRAAG_N_LIJSTEN];  /* char * per list, as on Lijsten */
  char             *sleutel;
  char             *footer;          /* "traject – organisation" on every page */
  TafelXlsx        *xlsx;
} TafelUitvraagExport;

/* A visible data sheet with its title (row 0), help (row 1) and header
 * (TAFEL_UITVRAAG_HEADER_ROW); @widths are the column widths, at least
 * as wide as the header, TAFEL_XLSX_HIDDEN for a key column. */
TafelXlsxSheet *_tafel_uitvraag_add_sheet       (TafelUitvraagExport *ex,
                                                 const char          *name,
                                                 const char          *title,
                                                 const char          *help,
                                                 const char *const   *header_msgids,
                                                 const double        *widths,
                                                 guint                n_cols,
                                                 GError             **error);
/* Freeze, filter (when @filter), print settings and protection. */
gboolean        _tafel_uitvraag_finish_sheet    (TafelUitvraagExport *ex,
                                                 TafelXlsxSheet      *sheet,
                                                 guint32              last_row,
                                                 guint16              n_cols,
                                                 gboolean             filter,
                                                 GError             **error);

/* Validations with their Dutch (translated) prompts and alerts. A list
 * that is empty gets none. */
void            _tafel_uitvraag_validate_list   (TafelUitvraagExport *ex,
                                                 TafelXlsxSheet      *sheet,
                                                 guint32              first_row,
                                                 guint32              last_row,
                                                 guint16              col,
                                                 guint                lijst);
void            _tafel_uitvraag_validate_number (TafelXlsxSheet      *sheet,
                                                 guint32              first_row,
                                                 guint32              last_row,
                                                 guint16              col,
                                                 int                  minimum,
                                                 int                  maximum,
                                                 const char          *title);
void            _tafel_uitvraag_validate_text   (TafelXlsxSheet      *sheet,
                                                 guint32              first_row,
                                                 guint32              last_row,
                                                 guint16              col);

/* tafel-uitvraag-export-instructie.c */
void            _tafel_uitvraag_fill_lijsten      (TafelUitvraagExport *ex);
gboolean        _tafel_uitvraag_write_instructie  (TafelUitvraagExport *ex,
                                                   GError             **error);
gboolean        _tafel_uitvraag_write_lijsten     (TafelUitvraagExport *ex,
                                                   GError             **error);
gboolean        _tafel_uitvraag_write_meta        (TafelUitvraagExport *ex,
                                                   GError             **error);

/* The data sheets of tafel-uitvraag-export-sheets.c. */
gboolean        _tafel_uitvraag_write_aanbod      (TafelUitvraagExport *ex,
                                                   GError             **error);
gboolean        _tafel_uitvraag_write_suggesties  (TafelUitvraagExport *ex,
                                                   GError             **error);
gboolean        _tafel_uitvraag_write_intensiteit (TafelUitvraagExport *ex,
                                                   GError             **error);
gboolean        _tafel_uitvraag_write_mix         (TafelUitvraagExport *ex,
                                                   GError             **error);
gboolean        _tafel_uitvraag_write_groepen     (TafelUitvraagExport *ex,
                                                   GError             **error);
gboolean        _tafel_uitvraag_write_advies      (TafelUitvraagExport *ex,
                                                   GError             **error);

G_END_DECLS
