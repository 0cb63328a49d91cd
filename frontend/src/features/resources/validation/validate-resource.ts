/**
 * The rules the API applies to a resource (ResourceInput and ResourceService), checked in the
 * browser before sending, so that people see the same verdict as the server without a round trip.
 * The server stays the authority; its field errors land on the fields of the same API path.
 */
import { isEmail } from '../../../lib/validation/formats';
import { parseCoordinate } from '../../../components/map/bounds';
import { DETAILS_FIELD, isResourceKind, type DetailsField, type ResourceInput } from '../model';
import { createChecks, type ValidationContext } from './checks';
import type { FieldErrors } from './fields';
import type { ResourceFormValues } from './form-values';
import { itemMaxLengthOf, itemRangeOf, limitOf, maxItemsOf, maxLengthOf } from './limits';
import { compact, isEmptyObject, parseTags } from './parse';
import { validateEvent } from './validate-event';
import { validateKindDetails } from './validate-kinds';

const PHONE = /^\+?[0-9 ()-]{5,30}$/;

export type ValidationResult = { ok: true; input: ResourceInput } | { ok: false; errors: FieldErrors };

/** Both or neither, inside the box the API accepts (the map picker offers only such places). */
function validateLocation(values: ResourceFormValues, { errors, fail }: ReturnType<typeof createChecks>): ResourceInput['location'] {
  const latText = values.latitude.trim();
  const lonText = values.longitude.trim();
  if (!latText && !lonText) return undefined;
  const lat = latText ? parseCoordinate(latText) : undefined;
  const lon = lonText ? parseCoordinate(lonText) : undefined;
  const latLimit = limitOf('location.lat');
  const lonLimit = limitOf('location.lon');
  if (!latText) fail('location.lat', 'locationPair');
  else if (lat === undefined) fail('location.lat', 'number');
  else if (lat < (latLimit?.minimum ?? -90) || lat > (latLimit?.maximum ?? 90)) fail('location.lat', 'latitudeRange');
  if (!lonText) fail('location.lon', 'locationPair');
  else if (lon === undefined) fail('location.lon', 'number');
  else if (lon < (lonLimit?.minimum ?? -180) || lon > (lonLimit?.maximum ?? 180)) fail('location.lon', 'longitudeRange');
  if (errors['location.lat'] || errors['location.lon'] || lat === undefined || lon === undefined) return undefined;
  return { lat, lon };
}

/** Checks the form against the API's rules and, if it passes, builds the request body. */
export function validateResource(values: ResourceFormValues, context: ValidationContext = {}): ValidationResult {
  const checks = createChecks(context);
  const { errors, fail, optionalText, optionalUrl, municipality } = checks;

  // Who publishes, and what.
  if (!values.actorId) fail('actorId', 'required');
  else if (context.actorIds && !context.actorIds.has(values.actorId)) fail('actorId', 'actor');
  if (!values.kind) fail('kind', 'required');
  else if (!isResourceKind(values.kind)) fail('kind', 'choose');

  const title = compact({ sv: optionalText('title.sv', values.titleSv), en: optionalText('title.en', values.titleEn) });
  if (!values.titleSv.trim() && !values.titleEn.trim()) fail('title.sv', 'titleRequired');
  const summary = compact({ sv: optionalText('summary.sv', values.summarySv), en: optionalText('summary.en', values.summaryEn) });
  const body = compact({ sv: optionalText('body.sv', values.bodySv), en: optionalText('body.en', values.bodyEn) });

  const tags = parseTags(values.tags);
  if (tags.length > (maxItemsOf('tags') ?? 0)) fail('tags', 'tooMany');
  else if (tags.some((tag) => tag.length > (itemMaxLengthOf('tags') ?? 0))) fail('tags', 'itemTooLong');

  const areas = [...new Set(values.technologyAreas)];
  if (areas.length > (maxItemsOf('technologyAreas') ?? 0)) fail('technologyAreas', 'tooMany');
  else if (context.technologyAreaCodes && areas.some((code) => !context.technologyAreaCodes?.has(code))) {
    fail('technologyAreas', 'technologyAreaUnknown');
  }
  const sdgs = [...new Set(values.sdgs)].sort((a, b) => a - b);
  const sdgRange = itemRangeOf('sdgs');
  if (sdgs.some((n) => !Number.isInteger(n) || n < (sdgRange.min ?? 1) || n > (sdgRange.max ?? 17))) fail('sdgs', 'choose');

  const municipalityCode = municipality('municipalityCode', values.municipalityCode);
  const location = validateLocation(values, checks);

  const links: { label?: string; url: string }[] = [];
  if (values.links.length > (maxItemsOf('links') ?? 0)) fail('links', 'tooMany');
  values.links.forEach((link, index) => {
    const url = link.url.trim();
    const label = link.label.trim();
    if (!url && !label) return;
    if (!url) fail(`links[${index}].url`, 'required');
    else optionalUrl(`links[${index}].url`, url);
    if (label.length > (maxLengthOf(`links[${index}].label`) ?? 0)) fail(`links[${index}].label`, 'tooLong');
    links.push(compact({ label: label || undefined, url }));
  });

  const contactEmail = values.contactEmail.trim();
  if (contactEmail && !isEmail(contactEmail)) fail('contact.email', 'email');
  const contactPhone = values.contactPhone.trim();
  if (contactPhone && !PHONE.test(contactPhone)) fail('contact.phone', 'phone');
  const contact = compact({
    name: optionalText('contact.name', values.contactName),
    email: contactEmail || undefined,
    phone: contactPhone || undefined,
  });

  // The kind's own fields; what the form has no field for (the rooms of a venue on the map, a series' events) stays.
  let detailsField: DetailsField | undefined;
  let details: Record<string, unknown> | undefined;
  const kept = values.kept.details ?? {};
  if (isResourceKind(values.kind)) {
    detailsField = DETAILS_FIELD[values.kind];
    const own = detailsField === 'event' ? validateEvent(values.event, kept, checks) : validateKindDetails(detailsField, values, checks);
    details = compact({ ...kept, ...own });
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const input = compact({
    kind: values.kind,
    actorId: values.actorId,
    coOrganiserIds: values.kept.coOrganiserIds?.length ? values.kept.coOrganiserIds : undefined,
    title,
    summary: isEmptyObject(summary) ? undefined : summary,
    body: isEmptyObject(body) ? undefined : body,
    language: values.kept.language,
    tags: tags.length > 0 ? tags : undefined,
    technologyAreas: areas.length > 0 ? areas : undefined,
    sdgs: sdgs.length > 0 ? sdgs : undefined,
    municipalityCode,
    location,
    links: links.length > 0 ? links : undefined,
    contact: isEmptyObject(contact) ? undefined : contact,
    ...(detailsField && details ? { [detailsField]: details } : {}),
  });
  // Every value was checked above against the schema's types and bounds.
  return { ok: true, input: input as ResourceInput };
}
