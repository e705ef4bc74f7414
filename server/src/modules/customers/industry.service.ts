import { INDUSTRY_LIST_CAP, industryList } from '@berth/domain';
import type { IndustryRepository } from './industry.repository';

/** The one industry list the customer form and the filters offer: the defaults plus every typed name. */
export class IndustryService {
  constructor(private readonly industries: IndustryRepository) {}

  async list(): Promise<string[]> {
    return industryList(await this.industries.storedNames(INDUSTRY_LIST_CAP), INDUSTRY_LIST_CAP);
  }
}
