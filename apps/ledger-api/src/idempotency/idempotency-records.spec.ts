/** Goal: purging runs batch after batch until one comes back short, and refuses a batch size that could never end. */
import { purgeInBatches } from './idempotency-records';

function batchesDeleting(...counts: number[]): jest.Mock<number, [number]> {
  const remaining = [...counts];
  return jest.fn((_limit: number) => remaining.shift() ?? 0);
}

describe('purgeInBatches', () => {
  it('deletes batch after batch until one deletes fewer than the batch size, and adds them up', async () => {
    const deleteBatch = batchesDeleting(3, 3, 1);
    expect(await purgeInBatches(3, deleteBatch)).toBe(7);
    expect(deleteBatch.mock.calls).toEqual([[3], [3], [3]]);
  });

  it('looks once more after a full last batch, finding nothing', async () => {
    const deleteBatch = batchesDeleting(2, 2);
    expect(await purgeInBatches(2, deleteBatch)).toBe(4);
    expect(deleteBatch).toHaveBeenCalledTimes(3);
  });

  it('lets the event loop run between batches', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('other work'));
    const deleteBatch = jest.fn((limit: number) => {
      order.push('batch');
      return order.filter((entry) => entry === 'batch').length < 3 ? limit : 0;
    });
    await purgeInBatches(2, deleteBatch);
    expect(order).toEqual(['batch', 'other work', 'batch', 'batch']);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a batch size of %p without deleting', async (batchSize) => {
    const deleteBatch = batchesDeleting(1);
    await expect(purgeInBatches(batchSize, deleteBatch)).rejects.toThrow(/batchSize must be a whole number/);
    expect(deleteBatch).not.toHaveBeenCalled();
  });
});
