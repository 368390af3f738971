#ifndef PERFPLAN_CLIBXML2_SHIM_H
#define PERFPLAN_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// libxml2's headers pull in ICU types when it was built with ICU; those clash with the
// copy of ICU inside Foundation (UErrorCode) on a clean build. We never use them.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>

// `xmlFree` is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void perfplan_xmlFree(void *ptr) { xmlFree(ptr); }

#endif
